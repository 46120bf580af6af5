import type { PublicRankingEntry } from '@contest/contracts';
import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';

import { formatClock, formatNumber } from '../../lib/format';
import { PrizeBadge } from '../../shared/PrizeBadge';
import { loginPathFor } from '../auth/redirects';

interface MyRankCardProps {
  mine: PublicRankingEntry | null;
  signedIn: boolean;
  participants: number;
}

/** The visitor's own line, first on the page: whether names are public or not, each person sees theirs. */
export function MyRankCard({ mine, signedIn, participants }: MyRankCardProps) {
  const { t, i18n } = useTranslation();
  const location = useLocation();

  if (!signedIn) {
    return (
      <Text size="sm" data-testid="my-rank-sign-in">
        <Anchor component={Link} to={loginPathFor(location)}>
          {t('publicResults.mine.signIn')}
        </Anchor>
      </Text>
    );
  }
  if (!mine) {
    return (
      <Text size="sm" c="dimmed" data-testid="my-rank-none">
        {t('publicResults.mine.notRanked')}
      </Text>
    );
  }
  return (
    <Card withBorder padding="md" bg="var(--mantine-primary-color-light)" data-testid="my-rank">
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('publicResults.mine.title')}
        </Text>
        <Group gap="xs" align="baseline" wrap="wrap">
          <Text fz={36} fw={700} lh={1.1} data-testid="my-rank-value">
            {formatNumber(mine.rank, i18n.language)}
          </Text>
          <Text size="sm" c="dimmed">
            {t('publicResults.mine.of', { participants: formatNumber(participants, i18n.language) })}
          </Text>
          {mine.prize && <PrizeBadge prize={mine.prize} />}
        </Group>
        <Text size="sm">
          {t('publicResults.mine.line', {
            score: t('result.scoreValue', { score: mine.score, total: mine.questionCount }),
            time: formatClock(mine.timeTakenMs / 1000),
          })}
        </Text>
      </Stack>
    </Card>
  );
}
