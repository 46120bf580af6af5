import type { TrackResults } from '@contest/contracts';
import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { routeUrl } from '../../../api';
import { formatDong, formatNumber } from '../../../lib/format';
import { LabeledValue } from '../../../shared/LabeledValue';
import { paths } from '../../../shared/paths';
import { prizePurse } from '../../track-results/results-view';
import { ResultsStatusBadge } from '../../track-results/ResultsStatusBadge';
import { PointsConfirmDialog } from '../common/PointsConfirmDialog';
import { usePublishTrackResults } from './use-awards';

/** Where the results stand, what they pay out, publishing (asked for) and the winners' workbook. */
export function AwardsStatusCard({
  results,
  openStages,
}: {
  results: TrackResults;
  openStages: readonly string[];
}) {
  const { t, i18n } = useTranslation();
  const [opened, dialog] = useDisclosure(false);
  const purse = prizePurse(results);
  const published = results.publishedAt !== null;
  return (
    <Card withBorder padding="md" data-testid="awards-status">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Text fw={600}>{t('awards.status.title')}</Text>
          <ResultsStatusBadge results={results} />
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" verticalSpacing="xs">
          <LabeledValue
            label={t('awards.status.finalists')}
            value={formatNumber(results.standings.length, i18n.language)}
          />
          <LabeledValue
            label={t('awards.status.prizes')}
            value={formatNumber(purse.winners, i18n.language)}
          />
          <LabeledValue label={t('awards.status.purse')} value={formatDong(purse.amount, i18n.language)} />
        </SimpleGrid>
        <Text size="sm" c="dimmed">
          {published
            ? t('awards.status.publishedHint')
            : openStages.length > 0
              ? t('awards.status.provisionalHint', { stages: openStages.join(', ') })
              : t('awards.status.finalHint')}
        </Text>
        <Group gap="sm">
          {!published && (
            <Button onClick={dialog.open} data-testid="awards-publish">
              {t('awards.publish.button')}
            </Button>
          )}
          <Button
            component="a"
            href={routeUrl('trackWinnersXlsx', { params: { trackId: results.trackId } })}
            download
            variant="default"
            disabled={results.standings.length === 0}
            data-testid="awards-xlsx"
          >
            {t('awards.status.xlsx')}
          </Button>
          {published && (
            <Anchor
              component={Link}
              to={paths.trackResults(results.trackId)}
              size="sm"
              data-testid="awards-public-link"
            >
              {t('awards.status.publicPage')}
            </Anchor>
          )}
        </Group>
      </Stack>
      {opened && <PublishDialog trackId={results.trackId} onClose={dialog.close} />}
    </Card>
  );
}

function PublishDialog({ trackId, onClose }: { trackId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const publish = usePublishTrackResults(trackId);
  return (
    <PointsConfirmDialog
      opened
      onClose={onClose}
      title={t('awards.publish.title')}
      points={[
        t('awards.publish.points.locked'),
        t('awards.publish.points.frozen'),
        t('awards.publish.points.public'),
      ]}
      confirmLabel={t('awards.publish.confirm')}
      onConfirm={() => publish.mutate(undefined, { onSuccess: onClose })}
      pending={publish.isPending}
      error={publish.error}
      testId="awards-publish-dialog"
    />
  );
}
