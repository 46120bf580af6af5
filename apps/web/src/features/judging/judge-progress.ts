import type { JudgeEntry, JudgeWork } from '@contest/contracts';

export type JudgeStage = JudgeWork['stages'][number];

/** Where a judge stands on one entry: nothing yet, some criteria, every criterion, or stepped off it. */
export type EntryProgress = 'todo' | 'started' | 'done' | 'conflict';

export function entryProgress(entry: Pick<JudgeEntry, 'scores' | 'complete' | 'conflict'>): EntryProgress {
  if (entry.conflict !== null) return 'conflict';
  if (entry.complete) return 'done';
  return entry.scores.some((score) => score.points !== null) ? 'started' : 'todo';
}

/** Finished sheets out of the entries still the judge's: a declared conflict leaves the count. */
export function stageProgress(entries: readonly Pick<JudgeEntry, 'scores' | 'complete' | 'conflict'>[]): {
  done: number;
  total: number;
} {
  const own = entries.filter((entry) => entry.conflict === null);
  return { done: own.filter((entry) => entry.complete).length, total: own.length };
}

/** The first entry, in the judge's own order, whose sheet is not finished. */
export function firstUnfinished(stage: JudgeStage): JudgeEntry | null {
  return stage.entries.find((entry) => entry.conflict === null && !entry.complete) ?? null;
}

export interface LocatedSheet {
  stage: JudgeStage;
  entry: JudgeEntry;
  /** Neighbours in the judge's own order; entries given up for a conflict are stepped over. */
  previous: JudgeEntry | null;
  next: JudgeEntry | null;
}

/** The sheet an address names, found in the judge's work, or null when it is not theirs. */
export function locateSheet(work: JudgeWork, assignmentId: number): LocatedSheet | null {
  for (const stage of work.stages) {
    const index = stage.entries.findIndex((entry) => entry.assignmentId === assignmentId);
    if (index === -1) continue;
    const open = (entry: JudgeEntry) => entry.conflict === null;
    return {
      stage,
      entry: stage.entries[index],
      previous: stage.entries.slice(0, index).reverse().find(open) ?? null,
      next: stage.entries.slice(index + 1).find(open) ?? null,
    };
  }
  return null;
}

/** The judge's work with one sheet replaced by the server's answer, order and all else kept. */
export function withSheet(work: JudgeWork, sheet: JudgeEntry): JudgeWork {
  return {
    stages: work.stages.map((stage) => ({
      ...stage,
      entries: stage.entries.map((entry) => (entry.assignmentId === sheet.assignmentId ? sheet : entry)),
    })),
  };
}

/** Stages still being judged come first; a locked stage's list is only there to look back at. */
export function stagesOpenFirst(stages: readonly JudgeStage[]): JudgeStage[] {
  const locked = (stage: JudgeStage) => (stage.stage.lockedAt === null ? 0 : 1);
  return [...stages].sort((a, b) => locked(a) - locked(b));
}
