import type { Track } from '@contest/contracts';
import { Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ErrorState } from '../../../shared/ErrorState';
import { NotFoundPage } from '../../../shared/NotFoundPage';
import { PageLoader } from '../../../shared/PageLoader';
import { useIdParam } from '../../../shared/use-id-param';
import { CertificateLinks, UnitCertificateLink } from '../../track-results/CertificateLinks';
import { TrackResultsBody } from '../../track-results/TrackResultsBody';
import { useTrackResults } from '../../track-results/use-track-results';
import { isScoredKind } from '../clips/stage-kind';
import { TrackPageHeader } from '../clips/TrackPageHeader';
import { useTrack } from '../clips/use-clip-tracks';
import { AwardRulesForm } from './AwardRulesForm';
import { AwardsStatusCard } from './AwardsStatusCard';
import { StageSourcesCard } from './StageSourcesCard';

/** Organizer: a track's award rules, the final results they give, publishing, the winners' workbook and certificates. */
export function AwardsPage() {
  const trackId = useIdParam('trackId');
  return trackId === null ? <NotFoundPage /> : <Awards trackId={trackId} />;
}

function Awards({ trackId }: { trackId: number }) {
  const { t } = useTranslation();
  const track = useTrack(trackId);
  if (track.isPending) return <PageLoader />;
  if (track.isError) return <ErrorState error={track.error} onRetry={() => void track.refetch()} />;
  return (
    <Stack gap="md">
      <TrackPageHeader track={track.data} title={t('awards.title')} page="awards" />
      <AwardsBody track={track.data} />
    </Stack>
  );
}

function AwardsBody({ track }: { track: Track }) {
  const { t } = useTranslation();
  const results = useTrackResults(track.id);
  if (results.isPending) return <PageLoader />;
  if (results.isError) return <ErrorState error={results.error} onRetry={() => void results.refetch()} />;

  const data = results.data;
  const scored = [...track.stages]
    .sort((a, b) => a.position - b.position)
    .filter((stage) => isScoredKind(stage.kind));
  const openStages = scored.filter((stage) => stage.lockedAt === null).map((stage) => stage.name);
  const authorsOf = (entryId: number) => data.standings.find((s) => s.entryId === entryId)?.authors ?? [];
  const certificate = (entryId: number, compact: boolean) => (
    <CertificateLinks trackId={track.id} entryId={entryId} authors={authorsOf(entryId)} compact={compact} />
  );
  const rulesStated = data.rules.main.length > 0 || data.rules.side.length > 0 || data.rules.units.length > 0;

  return (
    <Stack gap="md">
      <AwardsStatusCard results={data} openStages={openStages} />
      <Tabs defaultValue={rulesStated ? 'results' : 'rules'} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="results" data-testid="awards-tab-results">
            {t('awards.tabs.results')}
          </Tabs.Tab>
          <Tabs.Tab value="rules" data-testid="awards-tab-rules">
            {t('awards.tabs.rules')}
          </Tabs.Tab>
          <Tabs.Tab value="stages" data-testid="awards-tab-stages">
            {t('awards.tabs.stages')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="results" pt="md">
          <TrackResultsBody
            results={data}
            certificate={certificate}
            unitCertificate={(unitId, compact) => (
              <UnitCertificateLink trackId={track.id} unitId={unitId} compact={compact} />
            )}
          />
        </Tabs.Panel>
        <Tabs.Panel value="rules" pt="md">
          {/* Publishing freezes the rules: the form starts again, read-only, from the frozen ones. */}
          <AwardRulesForm
            key={data.publishedAt ?? 'draft'}
            trackId={track.id}
            stages={scored}
            results={data}
          />
        </Tabs.Panel>
        <Tabs.Panel value="stages" pt="md">
          <StageSourcesCard stages={scored} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
