/** Placeholder until the page lands. */
export function ScreeningPage() {
  return null;
}
