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
  return paperDrawer(pool, rules)(seed);
}

/**
 * What `drawPaper` does once per pool (index, order and split by topic, and check that the pool
 * can fill the paper), so that a start burst pays only for the shuffles. Throws PaperDrawError
 * when no paper can be drawn from this pool.
 */
export function paperDrawer(pool: readonly PoolQuestion[], rules: PaperRules): (seed: string) => PaperItem[] {
  let groups: { candidates: PoolQuestion[]; count: number }[];
  if (rules.selection.mode === 'fixed') {
    const byId = new Map(pool.map((q) => [q.id, q]));
    const fixed = rules.selection.questionIds.map((id) => {
      const q = byId.get(id);
      if (!q) throw new PaperDrawError(`question ${id} of the fixed list is not in the pool`);
      return q;
    });
    groups = [{ candidates: fixed, count: fixed.length }];
  } else {
    // Pool order is fixed (by id) before drawing, so the same seed gives the same paper.
    const sortedPool = [...pool].sort((a, b) => a.id - b.id);
    groups = rules.selection.quotas.map((quota) => {
      const candidates = sortedPool.filter((q) => q.topic === quota.topic);
      if (candidates.length < quota.count) {
        throw new PaperDrawError(
          `topic "${quota.topic}" has ${candidates.length} questions, the round needs ${quota.count}`,
        );
      }
      return { candidates, count: quota.count };
    });
  }
  const total = groups.reduce((sum, g) => sum + g.count, 0);
  if (total !== rules.questionCount) {
    throw new PaperDrawError(`selection yields ${total} questions, the round needs ${rules.questionCount}`);
  }
  const fixedOrder = rules.selection.mode === 'fixed';
  return (seed) => {
    const random = seededRandom(seed);
    const chosen: PoolQuestion[] = [];
    for (const { candidates, count } of groups) {
      if (fixedOrder) chosen.push(...candidates);
      else chosen.push(...shuffle(candidates, random).slice(0, count));
    }
    const ordered = rules.shuffleQuestions ? shuffle(chosen, random) : chosen;
    return ordered.map((q) => {
      const shown = inOrder(q.optionCount);
      return { questionId: q.id, optionOrder: rules.shuffleOptions ? shuffle(shown, random) : shown };
    });
  };
}

/** 0, 1, … n − 1, with a plain loop: Array.from over an array-like was half of a draw's time. */
function inOrder(n: number): number[] {
  const order: number[] = [];
  for (let i = 0; i < n; i++) order.push(i);
  return order;
}
