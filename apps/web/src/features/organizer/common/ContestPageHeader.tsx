import { Anchor, Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { paths } from '../../../shared/paths';

/** Title of a page about one contest, under the way back to all contests. */
export function ContestPageHeader({
  title,
  titleTestId,
  actions,
}: {
  title: string;
  titleTestId?: string;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Anchor component={Link} to={paths.contests} size="sm">
        {t('organizer.contests.back')}
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <Title order={2} data-testid={titleTestId}>
          {title}
        </Title>
        {actions}
      </Group>
    </Stack>
  );
}
