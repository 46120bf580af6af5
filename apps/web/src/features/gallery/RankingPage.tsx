/** Placeholder until the page lands. */
export function RankingPage() {
  return null;
}
