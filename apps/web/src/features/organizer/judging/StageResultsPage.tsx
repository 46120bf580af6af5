/** Placeholder until the page lands. */
export function StageResultsPage() {
  return null;
}
