/** Placeholder until the page lands. */
export function ClipTracksListPage() {
  return null;
}
