import type { QuestionSelection } from '@contest/contracts';

import { seededRandom, shuffle } from './random';

export interface PoolQuestion {
  id: number;
  topic: string;
  optionCount: number;
}

/** One question of an attempt: which bank question, and the order its options are shown in. */
export interface PaperItem {
  questionId: number;
  /** optionOrder[shownIndex] = index of that option in the bank question. */
  optionOrder: number[];
}

export interface PaperRules {
  selection: QuestionSelection;
  questionCount: number;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
}

export class PaperDrawError extends Error {}

/**
 * Draws the questions of one attempt from the round's pool. Deterministic for a given seed, so
 * an attempt's paper can always be rebuilt and checked from what is recorded.
 */
export function drawPaper(pool: readonly PoolQuestion[], rules: PaperRules, seed: string): PaperItem[] {
  const random = seededRandom(seed);
  const byId = new Map(pool.map((q) => [q.id, q]));
  let chosen: PoolQuestion[];
  if (rules.selection.mode === 'fixed') {
    chosen = rules.selection.questionIds.map((id) => {
      const q = byId.get(id);
      if (!q) throw new PaperDrawError(`question ${id} of the fixed list is not in the pool`);
      return q;
    });
  } else {
    chosen = [];
    // Pool order is fixed (by id) before drawing, so the same seed gives the same paper.
    const sortedPool = [...pool].sort((a, b) => a.id - b.id);
    for (const quota of rules.selection.quotas) {
      const candidates = sortedPool.filter((q) => q.topic === quota.topic);
      if (candidates.length < quota.count) {
        throw new PaperDrawError(
          `topic "${quota.topic}" has ${candidates.length} questions, the round needs ${quota.count}`,
        );
      }
      chosen.push(...shuffle(candidates, random).slice(0, quota.count));
    }
  }
  if (chosen.length !== rules.questionCount) {
    throw new PaperDrawError(
      `selection yields ${chosen.length} questions, the round needs ${rules.questionCount}`,
    );
  }
  const ordered = rules.shuffleQuestions ? shuffle(chosen, random) : chosen;
  return ordered.map((q) => {
    const identity = Array.from({ length: q.optionCount }, (_, i) => i);
    return { questionId: q.id, optionOrder: rules.shuffleOptions ? shuffle(identity, random) : identity };
  });
}
