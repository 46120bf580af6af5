import { earlierContestInputSchema, type EarlierContestInput } from '@contest/contracts';

/** What the earlier-contest form holds; '' while a number field is empty. */
export interface EarlierContestFormValues {
  name: string;
  year: number | '';
  units: number | '';
  participants: number | '';
  attempts: number | '';
  weeks: number | '';
}

export type EarlierContestField = keyof EarlierContestFormValues;

/** Server issue paths (`body.units`) to the form's fields: the same names. */
export const EARLIER_CONTEST_FIELD_BY_PATH: Readonly<Record<string, EarlierContestField>> = {
  name: 'name',
  year: 'year',
  units: 'units',
  participants: 'participants',
  attempts: 'attempts',
  weeks: 'weeks',
};

/** A blank form; the year guessed as the one before the contest being compared. */
export function emptyEarlierContestForm(year: number): EarlierContestFormValues {
  return { name: '', year: year - 1, units: '', participants: '', attempts: '', weeks: '' };
}

const optional = (value: number | '') => (value === '' ? null : value);
const required = (value: number | '') => (value === '' ? Number.NaN : value);

/** The request body, or the fields the contract refuses (empty optional fields become null). */
export function earlierContestRequest(
  form: EarlierContestFormValues,
): { ok: true; body: EarlierContestInput } | { ok: false; problems: EarlierContestField[] } {
  const parsed = earlierContestInputSchema.safeParse({
    name: form.name,
    year: required(form.year),
    units: required(form.units),
    participants: optional(form.participants),
    attempts: required(form.attempts),
    weeks: optional(form.weeks),
  });
  if (parsed.success) return { ok: true, body: parsed.data };
  const problems = new Set<EarlierContestField>();
  for (const issue of parsed.error.issues) {
    const field = EARLIER_CONTEST_FIELD_BY_PATH[String(issue.path[0])];
    if (field) problems.add(field);
  }
  return { ok: false, problems: [...problems] };
}
