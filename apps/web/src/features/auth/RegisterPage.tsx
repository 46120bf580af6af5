import type { RegisterRequest } from '@contest/contracts';
import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';

import { callApi, isApiError, queryKeys } from '../../api';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { paths } from '../../shared/paths';
import { AuthCard } from './AuthCard';
import { landingPathFor, nextPathFrom, pathWithNext } from './redirects';
import {
  fieldErrorsFromIssues,
  validateRegisterForm,
  type RegisterField,
  type RegisterForm,
} from './register-form';
import { UnitSelect } from './UnitSelect';

const EMPTY_FORM: RegisterForm = { fullName: '', login: '', password: '', unit: null };

export function RegisterPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const next = nextPathFrom(location.search);
  const [form, setForm] = useState(EMPTY_FORM);
  const [problems, setProblems] = useState<RegisterField[]>([]);

  const register = useMutation({
    mutationFn: (body: RegisterRequest) => callApi('register', { body }),
    onSuccess: ({ user }) => {
      queryClient.setQueryData(queryKeys.session, user);
      void navigate(landingPathFor(user.role, location.search), { replace: true });
    },
  });

  const serverErrors = isApiError(register.error) ? fieldErrorsFromIssues(register.error.issues) : {};
  const errorFor = (field: RegisterField) =>
    problems.includes(field) ? t(`auth.validation.${field}`) : serverErrors[field];

  const update = <K extends RegisterField>(field: K, value: RegisterForm[K]) => {
    setForm((current) => ({ ...current, [field]: value }));
    setProblems((current) => current.filter((problem) => problem !== field));
    if (register.isError) register.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validateRegisterForm(form);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    register.mutate(result.request);
  };

  return (
    <AuthCard title={t('auth.register.title')}>
      <form onSubmit={submit} noValidate data-testid="register-form">
        <Stack>
          <TextInput
            required
            label={t('auth.fields.fullName')}
            autoComplete="name"
            value={form.fullName}
            onChange={(event) => update('fullName', event.currentTarget.value)}
            error={errorFor('fullName')}
            data-testid="fullname-input"
          />
          <TextInput
            required
            label={t('auth.fields.login')}
            placeholder={t('auth.fields.loginPlaceholder')}
            autoComplete="username"
            inputMode="email"
            value={form.login}
            onChange={(event) => update('login', event.currentTarget.value)}
            error={errorFor('login')}
            data-testid="login-input"
          />
          <PasswordInput
            required
            label={t('auth.fields.password')}
            description={t('auth.fields.passwordHint')}
            autoComplete="new-password"
            value={form.password}
            onChange={(event) => update('password', event.currentTarget.value)}
            error={errorFor('password')}
            data-testid="password-input"
          />
          <UnitSelect value={form.unit} onChange={(unit) => update('unit', unit)} error={errorFor('unit')} />
          {register.isError && <ErrorAlert error={register.error} />}
          <Button type="submit" fullWidth loading={register.isPending} data-testid="register-submit">
            {t('auth.register.submit')}
          </Button>
          <Text size="sm" ta="center">
            {t('auth.register.haveAccount')}{' '}
            <Anchor component={Link} to={pathWithNext(paths.login, next)}>
              {t('auth.register.loginLink')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
