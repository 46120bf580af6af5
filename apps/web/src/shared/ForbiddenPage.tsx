import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { paths } from './paths';

/** 403: signed in, but this part of the app belongs to another role. */
export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <Stack align="center" py="xl" ta="center" data-testid="forbidden">
      <Title order={2}>{t('forbidden.title')}</Title>
      <Text c="dimmed">{t('forbidden.body')}</Text>
      <Button component={Link} to={paths.home} variant="light">
        {t('notFound.home')}
      </Button>
    </Stack>
  );
}
