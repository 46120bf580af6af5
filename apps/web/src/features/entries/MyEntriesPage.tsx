/** Placeholder until the page lands. */
export function MyEntriesPage() {
  return null;
}
