import { namesItsRound } from '../../../shared/stage-round';

/**
 * A stage's title with its place in the sequence ("Vòng 2: Chung khảo"), without the word twice
 * when the organizer's own name already calls it a round ("Vòng 2", "Vòng 2 – Chung khảo"): its
 * place is then the organizer's own numbering, and "Vòng 4: Vòng 2 – …" would say two things.
 */
export function stageTitle(positionLabel: string, name: string): string {
  return namesItsRound(name) ? name.trim() : `${positionLabel}: ${name.trim()}`;
}
