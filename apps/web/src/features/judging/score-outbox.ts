import type { ScoreSheetInput } from '@contest/contracts';
import { z } from 'zod';

import type { KeyValueStorage } from '../../lib/key-value-storage';
import type { SheetDraft } from './score-sheet';

/** One part of one team's sheet: what a judge sends in a live final (the criteria of that part only). */
export interface SheetKey {
  assignmentId: number;
  part: number;
}
export const sheetKey = ({ assignmentId, part }: SheetKey): string => `${assignmentId}:${part}`;

const scoresSchema = z.array(
  z.object({ criterionId: z.number().int(), points: z.number(), comment: z.string().nullable() }),
);
const queuedSchema = z.object({
  assignmentId: z.number().int(),
  part: z.number().int(),
  seq: z.number().int(),
  scores: scoresSchema,
});
const refusalSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
});
const outcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('saved'), seq: z.number().int() }),
  z.object({ kind: z.literal('refused'), seq: z.number().int(), refusal: refusalSchema }),
]);
const draftSchema = z.record(z.string(), z.object({ points: z.string(), comment: z.string() }));
const storedSchema = z.object({
  version: z.literal(1),
  lastSeq: z.number().int().nonnegative(),
  drafts: z.record(z.string(), draftSchema),
  queue: z.array(queuedSchema),
  outcomes: z.record(z.string(), outcomeSchema),
});
type Stored = z.infer<typeof storedSchema>;

/** A part's sheet waiting to reach the server; a later send of the same part replaces it. */
export type QueuedSheet = z.infer<typeof queuedSchema> & { scores: ScoreSheetInput['scores'] };
/** Why the server would not take a sheet, kept by code so it reads in the judge's language. */
export type SheetRefusal = z.infer<typeof refusalSchema>;
export type SheetOutcome = z.infer<typeof outcomeSchema>;

export interface ScoreOutboxSnapshot {
  readonly drafts: ReadonlyMap<string, SheetDraft>;
  readonly queued: ReadonlyMap<string, QueuedSheet>;
  readonly outcomes: ReadonlyMap<string, SheetOutcome>;
}

export const liveSheetsStorageKey = (judgeId: number, stageId: number) =>
  `contest.live-sheets.${judgeId}.${stageId}`;

function parseStored(raw: string | null): Stored | null {
  if (!raw) return null;
  try {
    const parsed = storedSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * A judge's score sheets in a live final as typed on the phone, and the sends the server has not
 * answered yet. All of it lives in storage, so a reload, a flat battery or a dropped network in
 * the hall loses nothing; the server's answer to each send (saved, or refused with its reason) is
 * kept too, so the judge can show the organizers what was refused.
 *
 * Each send takes a growing `seq`: an answer settles its send only while no newer send of the same
 * part waits, so a late answer never marks newer points as saved.
 */
export class ScoreOutbox {
  private lastSeq = 0;
  private drafts = new Map<string, SheetDraft>();
  private queue: QueuedSheet[] = [];
  private outcomes = new Map<string, SheetOutcome>();
  private snapshot: ScoreOutboxSnapshot;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly key: string,
    private readonly storage: KeyValueStorage,
  ) {
    this.restore();
    this.snapshot = this.buildSnapshot();
  }

  /** What the judge has typed for a part (every criterion of it), kept as typed. */
  setDraft(sheet: SheetKey, draft: SheetDraft): void {
    this.drafts.set(sheetKey(sheet), { ...draft });
    this.commit();
  }

  /** The judge sent a part: it waits here until the server answers. */
  enqueue(sheet: SheetKey, scores: ScoreSheetInput['scores']): QueuedSheet {
    const key = sheetKey(sheet);
    this.lastSeq += 1;
    const queued: QueuedSheet = { ...sheet, seq: this.lastSeq, scores: scores.map((s) => ({ ...s })) };
    this.queue = [...this.queue.filter((q) => sheetKey(q) !== key), queued];
    this.outcomes.delete(key);
    this.commit();
    return queued;
  }

  /** The oldest send still waiting, or null. */
  nextToSend(): QueuedSheet | null {
    return this.queue[0] ?? null;
  }

  /**
   * The server answered `sent`: saved, or refused with its reason. Ignored when a newer send of the
   * same part is waiting (its own answer will settle it).
   */
  settle(sent: QueuedSheet, outcome: { kind: 'saved' } | { kind: 'refused'; refusal: SheetRefusal }): void {
    const key = sheetKey(sent);
    const waiting = this.queue.find((q) => sheetKey(q) === key);
    if (!waiting || waiting.seq !== sent.seq) return;
    this.queue = this.queue.filter((q) => q !== waiting);
    this.outcomes.set(key, { ...outcome, seq: sent.seq });
    this.commit();
  }

  getSnapshot = (): ScoreOutboxSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private commit(): void {
    this.persist();
    this.snapshot = this.buildSnapshot();
    for (const listener of this.listeners) listener();
  }

  private buildSnapshot(): ScoreOutboxSnapshot {
    return {
      drafts: new Map(this.drafts),
      queued: new Map(this.queue.map((q) => [sheetKey(q), q])),
      outcomes: new Map(this.outcomes),
    };
  }

  private restore(): void {
    const stored = parseStored(this.storage.getItem(this.key));
    if (!stored) return;
    this.lastSeq = stored.lastSeq;
    this.drafts = new Map(Object.entries(stored.drafts));
    this.queue = stored.queue;
    this.outcomes = new Map(Object.entries(stored.outcomes));
  }

  private persist(): void {
    const stored: Stored = {
      version: 1,
      lastSeq: this.lastSeq,
      drafts: Object.fromEntries(
        [...this.drafts].map(([key, draft]) => [key, Object.fromEntries(Object.entries(draft))]),
      ),
      queue: this.queue,
      outcomes: Object.fromEntries(this.outcomes),
    };
    try {
      this.storage.setItem(this.key, JSON.stringify(stored));
    } catch {
      // A full or forbidden storage must not stop scoring: the sheets still live in memory.
    }
  }
}
