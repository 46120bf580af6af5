/** Placeholder until the page lands. */
export function TrackSettingsPage() {
  return null;
}
