/** Placeholder until the page lands. */
export function ScoreSheetPage() {
  return null;
}
