import type { QuestionFlag } from '@contest/contracts';

export interface AnalysedQuestion {
  id: number;
  optionCount: number;
  correctOption: number;
}

/** One counted attempt: its score and, per question shown, the bank option chosen (null: none). */
export interface ScoredPaper {
  score: number;
  /** Tie-break for the upper/lower split, so the analysis is replayable. */
  attemptId: number;
  responses: readonly { questionId: number; chosen: number | null }[];
}

export interface QuestionAnalysis {
  questionId: number;
  shown: number;
  facility: number;
  discrimination: number | null;
  optionCounts: number[];
  flags: QuestionFlag[];
}

/** Share of the paper-takers in each of the upper and lower groups (Kelley's 27%). */
export const GROUP_SHARE = 0.27;
/** Below this many takers of a question in either group, discrimination is not estimated. */
export const MIN_GROUP_TAKERS = 5;

/**
 * Classical item analysis over the counted attempts: facility (share choosing the key, blanks
 * counted wrong), discrimination (facility in the top 27% by score minus facility in the bottom
 * 27%), and how often each option was chosen. Papers are drawn per participant, so each group's
 * facility is over those in the group who were shown the question.
 */
export function analyseQuestions(
  questions: readonly AnalysedQuestion[],
  papers: readonly ScoredPaper[],
): QuestionAnalysis[] {
  const ordered = [...papers].sort((a, b) => b.score - a.score || a.attemptId - b.attemptId);
  const groupSize = Math.floor(ordered.length * GROUP_SHARE);
  const group = new Map<ScoredPaper, 'upper' | 'lower'>();
  ordered.slice(0, groupSize).forEach((p) => group.set(p, 'upper'));
  ordered.slice(ordered.length - groupSize).forEach((p) => group.set(p, 'lower'));

  const tally = new Map(
    questions.map((q) => [
      q.id,
      {
        q,
        shown: 0,
        right: 0,
        counts: Array<number>(q.optionCount).fill(0),
        upper: { shown: 0, right: 0 },
        lower: { shown: 0, right: 0 },
      },
    ]),
  );
  for (const paper of ordered) {
    const side = group.get(paper);
    for (const r of paper.responses) {
      const t = tally.get(r.questionId);
      if (!t) continue;
      const right = r.chosen === t.q.correctOption;
      t.shown++;
      if (right) t.right++;
      if (r.chosen !== null && r.chosen >= 0 && r.chosen < t.counts.length) t.counts[r.chosen]++;
      if (side) {
        t[side].shown++;
        if (right) t[side].right++;
      }
    }
  }

  return [...tally.values()].map(({ q, shown, right, counts, upper, lower }) => {
    const discrimination =
      upper.shown >= MIN_GROUP_TAKERS && lower.shown >= MIN_GROUP_TAKERS
        ? upper.right / upper.shown - lower.right / lower.shown
        : null;
    const flags: QuestionFlag[] = [];
    if (discrimination !== null && discrimination < 0) flags.push('negative_discrimination');
    if (counts.some((c, i) => i !== q.correctOption && c > counts[q.correctOption]))
      flags.push('distractor_beats_key');
    return {
      questionId: q.id,
      shown,
      facility: shown === 0 ? 0 : right / shown,
      discrimination,
      optionCounts: counts,
      flags,
    };
  });
}
