import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';

import { paths } from '../../shared/paths';
import { isJudge, useCurrentUser } from '../auth/session';

/** Where a judge lands: the clip track's assignments will be listed here. */
export function JudgingHomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();

  if (!isJudge(user)) return <Navigate to={paths.home} replace />;
  return (
    <Stack gap="md" data-testid="judging-home">
      <Stack gap={0}>
        <Title order={2}>{t('judging.title')}</Title>
        <Text c="dimmed">{t('judging.greeting', { name: user.fullName })}</Text>
      </Stack>
      <Text>{t('judging.intro')}</Text>
      <Alert color="gray" variant="light" data-testid="judging-empty">
        {t('judging.nothingAssigned')}
      </Alert>
    </Stack>
  );
}
