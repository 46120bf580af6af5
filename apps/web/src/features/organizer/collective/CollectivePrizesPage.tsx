import { Anchor, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { ErrorState } from '../../../shared/ErrorState';
import { NotFoundPage } from '../../../shared/NotFoundPage';
import { PageLoader } from '../../../shared/PageLoader';
import { paths } from '../../../shared/paths';
import { useIdParam } from '../../../shared/use-id-param';
import { useContest } from '../common/use-organizer-data';
import { CollectiveFinaliseCard } from './CollectiveFinaliseCard';
import { CollectiveRuleForm } from './CollectiveRuleForm';
import { CollectiveStandings } from './CollectiveStandings';
import { useCollectivePrizes } from './use-collective-prizes';

/** Organizer: the unit prizes of a contest — the rule, the standings it gives, and finalising them. */
export function CollectivePrizesPage() {
  const contestId = useIdParam('contestId');
  return contestId === null ? <NotFoundPage /> : <CollectivePrizes contestId={contestId} />;
}

function CollectivePrizes({ contestId }: { contestId: number }) {
  const { t } = useTranslation();
  const contest = useContest(contestId);
  const prizes = useCollectivePrizes(contestId);

  let body;
  if (prizes.isPending) body = <PageLoader />;
  else if (prizes.isError) body = <ErrorState error={prizes.error} onRetry={() => void prizes.refetch()} />;
  else {
    const data = prizes.data;
    body = (
      <Stack gap="md">
        <CollectiveFinaliseCard contestId={contestId} data={data} />
        <Tabs defaultValue={data.rule ? 'standings' : 'rule'} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="standings" data-testid="collective-tab-standings">
              {t('collective.tabs.standings')}
            </Tabs.Tab>
            <Tabs.Tab value="rule" data-testid="collective-tab-rule">
              {t('collective.tabs.rule')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="standings" pt="md">
            <CollectiveStandings data={data} />
          </Tabs.Panel>
          <Tabs.Panel value="rule" pt="md">
            <CollectiveRuleForm contestId={contestId} data={data} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Anchor component={Link} to={paths.contest(contestId)} size="sm">
          {contest.data ? t('collective.back', { name: contest.data.name }) : t('organizer.contests.back')}
        </Anchor>
        <Title order={2}>{t('collective.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('collective.subtitle')}
        </Text>
      </Stack>
      {body}
    </Stack>
  );
}
