import type { PaperItem } from './paper';

/** Shown option chosen per position (null or missing = unanswered). */
export type ShownAnswers = ReadonlyMap<number, number | null>;

/**
 * Score of one attempt: one point per question whose chosen shown option maps back to the bank
 * question's correct option. `correctOptionOf` gives the correct bank index of a question.
 */
export function gradePaper(
  paper: readonly PaperItem[],
  answers: ShownAnswers,
  correctOptionOf: (questionId: number) => number,
): number {
  let score = 0;
  paper.forEach((item, position) => {
    const shown = answers.get(position);
    if (shown === null || shown === undefined) return;
    if (item.optionOrder[shown] === correctOptionOf(item.questionId)) score++;
  });
  return score;
}

/** Where the correct option sits in the order this attempt showed. */
export function shownCorrectIndex(item: PaperItem, correctBankIndex: number): number {
  return item.optionOrder.indexOf(correctBankIndex);
}
