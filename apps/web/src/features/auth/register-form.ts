import {
  loginSchema,
  passwordSchema,
  registerRequestSchema,
  type RegisterRequest,
  type Unit,
} from '@contest/contracts';

export interface RegisterForm {
  fullName: string;
  login: string;
  password: string;
  unit: Unit | null;
}

export type RegisterField = keyof RegisterForm;

/** Checks the form with the contract's own rules; the caller words the problems in the user's language. */
export function validateRegisterForm(
  form: RegisterForm,
): { ok: true; request: RegisterRequest } | { ok: false; problems: RegisterField[] } {
  const problems: RegisterField[] = [];
  if (!registerRequestSchema.shape.fullName.safeParse(form.fullName).success) problems.push('fullName');
  if (!loginSchema.safeParse(form.login).success) problems.push('login');
  if (!passwordSchema.safeParse(form.password).success) problems.push('password');
  if (!form.unit) problems.push('unit');
  if (problems.length > 0 || !form.unit) return { ok: false, problems };
  return {
    ok: true,
    request: {
      fullName: form.fullName.trim(),
      login: form.login.trim(),
      password: form.password,
      unitId: form.unit.id,
    },
  };
}

const FIELD_BY_REQUEST_KEY: Partial<Record<string, RegisterField>> = {
  fullName: 'fullName',
  login: 'login',
  password: 'password',
  unitId: 'unit',
};

/** The server's per-field messages, keyed by form field (`body.unitId` → `unit`). */
export function fieldErrorsFromIssues(
  issues: readonly { path: string; message: string }[],
): Partial<Record<RegisterField, string>> {
  const errors: Partial<Record<RegisterField, string>> = {};
  for (const issue of issues) {
    const field = FIELD_BY_REQUEST_KEY[issue.path.split('.').pop() ?? ''];
    if (field) errors[field] ??= issue.message;
  }
  return errors;
}
