import { overrideRequestSchema, type OverrideRequest } from '@contest/contracts';

import { numberOrNaN } from '../common/quotas';

export interface OverrideForm {
  login: string;
  extraMinutes: number | '';
  extraAttempts: number | '';
  reason: string;
}

export type OverrideField = 'login' | 'extraMinutes' | 'extraAttempts' | 'reason';

export const OVERRIDE_FIELD_BY_PATH: Readonly<Record<string, OverrideField>> = {
  login: 'login',
  extraSeconds: 'extraMinutes',
  extraAttempts: 'extraAttempts',
  reason: 'reason',
};

export const EMPTY_OVERRIDE_FORM: OverrideForm = { login: '', extraMinutes: 0, extraAttempts: 0, reason: '' };

export function validateOverrideForm(
  form: OverrideForm,
): { ok: true; request: OverrideRequest } | { ok: false; problems: OverrideField[] } {
  const request = {
    login: form.login,
    extraSeconds: Math.round(numberOrNaN(form.extraMinutes) * 60),
    extraAttempts: numberOrNaN(form.extraAttempts),
    reason: form.reason,
  };
  const result = overrideRequestSchema.safeParse(request);
  if (result.success) return { ok: true, request: result.data };
  const problems = new Set<OverrideField>();
  for (const issue of result.error.issues) {
    const field = OVERRIDE_FIELD_BY_PATH[String(issue.path[0] ?? '')];
    if (field) problems.add(field);
  }
  return { ok: false, problems: [...problems] };
}
