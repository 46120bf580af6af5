import { contestUpdateSchema, type Contest, type ContestUpdate } from '@contest/contracts';

import type { ContestValues } from '../common/ContestFields';
import { numberOrNaN } from '../common/quotas';

export type ContestSettingsForm = ContestValues;

export type ContestSettingsField = 'name' | 'year' | 'topics' | 'prizeCounts';

export const SETTINGS_FIELD_BY_PATH: Readonly<Record<string, ContestSettingsField>> = {
  name: 'name',
  year: 'year',
  topics: 'topics',
  prizeCounts: 'prizeCounts',
};

export const contestToSettings = (contest: Contest): ContestSettingsForm => ({
  name: contest.name,
  year: contest.year,
  topics: [...contest.topics],
  prizeCounts: { ...contest.prizeCounts },
  onePrizePerPerson: contest.onePrizePerPerson,
  unitAdminsCompete: contest.unitAdminsCompete,
  publicRankingNames: contest.publicRankingNames,
});

export function validateContestSettings(
  form: ContestSettingsForm,
): { ok: true; request: ContestUpdate } | { ok: false; problems: ContestSettingsField[] } {
  const result = contestUpdateSchema.safeParse({
    name: form.name,
    year: numberOrNaN(form.year),
    topics: form.topics,
    prizeCounts: {
      first: numberOrNaN(form.prizeCounts.first),
      second: numberOrNaN(form.prizeCounts.second),
      third: numberOrNaN(form.prizeCounts.third),
      encouragement: numberOrNaN(form.prizeCounts.encouragement),
    },
    onePrizePerPerson: form.onePrizePerPerson,
    unitAdminsCompete: form.unitAdminsCompete,
    publicRankingNames: form.publicRankingNames,
  });
  if (result.success) return { ok: true, request: result.data };
  const problems = new Set<ContestSettingsField>();
  for (const issue of result.error.issues) {
    const field = SETTINGS_FIELD_BY_PATH[String(issue.path[0] ?? '')];
    if (field) problems.add(field);
  }
  return { ok: false, problems: [...problems] };
}
