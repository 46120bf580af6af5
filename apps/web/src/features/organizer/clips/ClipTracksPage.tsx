/** Placeholder until the page lands. */
export function ClipTracksPage() {
  return null;
}
