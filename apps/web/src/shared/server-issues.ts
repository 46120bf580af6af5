type Issue = { path: string; message: string };

/**
 * The server's per-field messages (`body.prizeCounts.first`, `quotas`) keyed by the form's own field names:
 * the longest path prefix found in `fields` wins, and the first message per field is kept.
 */
export function issuesByField<F extends string>(
  issues: readonly Issue[],
  fields: Readonly<Record<string, F>>,
): Partial<Record<F, string>> {
  const errors: Partial<Record<F, string>> = {};
  for (const issue of issues) {
    const segments = issue.path.split('.').filter(Boolean);
    if (segments[0] === 'body') segments.shift();
    for (let length = segments.length; length > 0; length--) {
      const field = fields[segments.slice(0, length).join('.')];
      if (field) {
        errors[field] ??= issue.message;
        break;
      }
    }
  }
  return errors;
}
