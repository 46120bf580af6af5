/** Placeholder until the page lands. */
export function AssignmentsPage() {
  return null;
}
