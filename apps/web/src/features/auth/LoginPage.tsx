import type { LoginRequest } from '@contest/contracts';
import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';

import { callApi, queryKeys } from '../../api';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { paths } from '../../shared/paths';
import { AuthCard } from './AuthCard';
import { landingPathFor, nextPathFrom, pathWithNext } from './redirects';

export function LoginPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const next = nextPathFrom(location.search);
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');

  const signIn = useMutation({
    mutationFn: (body: LoginRequest) => callApi('login', { body }),
    onSuccess: ({ user }) => {
      queryClient.setQueryData(queryKeys.session, user);
      void navigate(landingPathFor(user.role, location.search), { replace: true });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ login, password });
  };

  return (
    <AuthCard title={t('auth.login.title')}>
      <form onSubmit={submit} data-testid="login-form">
        <Stack>
          <TextInput
            required
            label={t('auth.fields.login')}
            placeholder={t('auth.fields.loginPlaceholder')}
            autoComplete="username"
            inputMode="email"
            value={login}
            onChange={(event) => setLogin(event.currentTarget.value)}
            data-testid="login-input"
          />
          <PasswordInput
            required
            label={t('auth.fields.password')}
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            data-testid="password-input"
          />
          {signIn.isError && <ErrorAlert error={signIn.error} />}
          <Button type="submit" fullWidth loading={signIn.isPending} data-testid="login-submit">
            {t('auth.login.submit')}
          </Button>
          <Text size="sm" ta="center">
            {t('auth.login.noAccount')}{' '}
            <Anchor component={Link} to={pathWithNext(paths.register, next)} data-testid="register-link">
              {t('auth.login.registerLink')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
