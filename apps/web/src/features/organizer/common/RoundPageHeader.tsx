import { Anchor, Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { formatDateTime } from '../../../lib/format';
import { paths } from '../../../shared/paths';
import { RoundBadges } from './RoundBadges';
import { useRoundAdmin } from './use-organizer-data';

/** Title of a round's page: the contest as a way back, the round's name, window and state. */
export function RoundPageHeader({
  roundId,
  title,
  actions,
}: {
  roundId: number;
  title: string;
  actions?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const found = useRoundAdmin(roundId).data;

  return (
    <Stack gap={4}>
      {/* A contest's name can be longer than a phone is wide: let it wrap. */}
      <Breadcrumbs
        styles={{ root: { flexWrap: 'wrap' }, breadcrumb: { whiteSpace: 'normal', lineHeight: 1.4 } }}
      >
        <Anchor component={Link} to={paths.contests} size="sm">
          {t('nav.contests')}
        </Anchor>
        {found && (
          <Anchor component={Link} to={paths.contest(found.contest.id)} size="sm">
            {found.contest.name}
          </Anchor>
        )}
      </Breadcrumbs>
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={2}>
          <Title order={2}>{title}</Title>
          {found && (
            <Group gap="xs">
              <Text fw={500}>{found.round.name}</Text>
              <Text size="sm" c="dimmed">
                {t('organizer.round.window', {
                  opens: formatDateTime(found.round.opensAt, i18n.language),
                  closes: formatDateTime(found.round.closesAt, i18n.language),
                })}
              </Text>
              <RoundBadges round={found.round} />
            </Group>
          )}
        </Stack>
        {actions}
      </Group>
    </Stack>
  );
}
