import type { Contest } from '@contest/contracts';
import { Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../shared/ErrorAlert';
import { ErrorState } from '../../../shared/ErrorState';
import { PageLoader } from '../../../shared/PageLoader';
import { nameHasYear } from '../units/contest-choice';
import type { ComparisonTarget } from './comparison-choice';
import { ComparisonPicker } from './ComparisonPicker';
import { ComparisonTotals } from './ComparisonTotals';
import { ComparisonTrend } from './ComparisonTrend';
import { ComparisonUnits } from './ComparisonUnits';
import { ComparisonXlsxButton } from './ComparisonXlsxButton';
import { DeleteEarlierContestModal } from './DeleteEarlierContestModal';
import { EarlierContestModal } from './EarlierContestModal';
import { useComparisonTarget, useContestComparison, useEarlierContests } from './use-comparison';

interface ComparisonSectionProps {
  contest: Contest;
  contests: readonly Contest[];
  /** A week is chosen above: the comparison still covers the whole contest, and says so. */
  weekChosen: boolean;
}

/** The contest beside another one of the system, or beside typed-in totals of an earlier one. */
export function ComparisonSection({ contest, contests, weekChosen }: ComparisonSectionProps) {
  const { t } = useTranslation();
  const [asked, setTarget] = useComparisonTarget();
  const earlier = useEarlierContests();
  const [adding, add] = useDisclosure(false);
  const [deleting, setDeleting] = useState<number | null>(null);

  const others = contests.filter((other) => other.id !== contest.id);
  const entries = earlier.data?.items ?? [];
  // A choice the lists do not hold (this very contest, a deleted entry) is no choice.
  const target: ComparisonTarget | null =
    asked === null
      ? null
      : asked.kind === 'contest'
        ? others.some((other) => other.id === asked.id)
          ? asked
          : null
        : entries.some((entry) => entry.id === asked.id)
          ? asked
          : null;
  const chosenEntry = target?.kind === 'typed' ? entries.find((entry) => entry.id === target.id) : undefined;
  const comparison = useContestComparison(contest.id, target);

  return (
    <Stack gap="md" data-testid="report-comparison">
      <Stack gap={2}>
        <Title order={3}>{t('reports.comparison.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('reports.comparison.hint')}
        </Text>
      </Stack>
      {weekChosen && (
        <Text size="sm" c="orange.9" data-testid="comparison-week-ignored">
          {t('reports.comparison.weekScopeIgnored')}
        </Text>
      )}
      <Group align="flex-end" gap="sm" wrap="wrap">
        <ComparisonPicker contests={others} earlier={entries} value={target} onChange={setTarget} />
        <Button variant="default" onClick={add.open} data-testid="earlier-add">
          {t('reports.comparison.add')}
        </Button>
        {chosenEntry && (
          <Button
            variant="subtle"
            color="red"
            onClick={() => setDeleting(chosenEntry.id)}
            data-testid="earlier-delete-open"
          >
            {t('reports.comparison.delete')}
          </Button>
        )}
        {target && <ComparisonXlsxButton contestId={contest.id} target={target} />}
        {(comparison.isFetching || earlier.isFetching) && !comparison.isPending && <Loader size="sm" />}
      </Group>
      {earlier.isError && <ErrorAlert error={earlier.error} />}
      {target === null ? (
        earlier.isPending ? (
          <PageLoader />
        ) : (
          <Text c="dimmed" data-testid="comparison-none">
            {t(
              others.length === 0 && entries.length === 0
                ? 'reports.comparison.nothingToCompare'
                : 'reports.comparison.none',
            )}
          </Text>
        )
      ) : comparison.isPending ? (
        <PageLoader />
      ) : comparison.isError && !comparison.data ? (
        <ErrorState error={comparison.error} onRetry={() => void comparison.refetch()} />
      ) : (
        <Stack gap="md">
          {comparison.isError && <ErrorAlert error={comparison.error} />}
          <Card withBorder padding="sm">
            <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }} data-testid="comparison-heading">
              {t('reports.comparison.heading', {
                current: contestLabel(comparison.data.contest),
                earlier: contestLabel(comparison.data.earlier),
              })}
            </Text>
            {comparison.data.earlier.kind === 'typed' && (
              <Text size="xs" c="dimmed">
                {t('reports.comparison.typedNote')}
              </Text>
            )}
          </Card>
          <ComparisonTotals comparison={comparison.data} />
          <ComparisonTrend comparison={comparison.data} />
          <ComparisonUnits key={`${target.kind}-${target.id}`} comparison={comparison.data} />
        </Stack>
      )}
      <EarlierContestModal
        opened={adding}
        year={contest.year}
        onClose={add.close}
        onCreated={(created) => {
          add.close();
          setTarget({ kind: 'typed', id: created.id });
        }}
      />
      <DeleteEarlierContestModal
        earlier={entries.find((entry) => entry.id === deleting) ?? null}
        onClose={() => setDeleting(null)}
        onDeleted={(deleted) => {
          setDeleting(null);
          if (target?.kind === 'typed' && target.id === deleted.id) setTarget(null);
        }}
      />
    </Stack>
  );
}

const contestLabel = (contest: { name: string; year: number }) =>
  nameHasYear(contest) ? contest.name : `${contest.name} (${contest.year})`;
