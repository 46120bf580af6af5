import type { Finalisation } from '@contest/contracts';
import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { formatDateTime, formatNumber } from '../../../lib/format';
import { LabeledValue } from '../../../shared/LabeledValue';
import { paths } from '../../../shared/paths';
import { useRoundAdmin } from '../common/use-organizer-data';
import { ConfirmDialog } from './ConfirmDialog';
import { RefinaliseModal } from './RefinaliseModal';
import { usePublishRound } from './use-finalisation';
import { publishPoints } from './what-becomes-public';

export function FinalisationSummary({ finalisation }: { finalisation: Finalisation }) {
  const { t, i18n } = useTranslation();
  const publish = usePublishRound(finalisation.roundId);
  // What publishing shows depends on the contest's choice; known once the contest list is loaded.
  const publicRankingNames = useRoundAdmin(finalisation.roundId).data?.contest.publicRankingNames;
  const [publishing, publishDialog] = useDisclosure(false);
  const [refinalising, refinaliseDialog] = useDisclosure(false);

  return (
    <Card withBorder padding="lg" data-testid="finalisation-summary">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              {finalisation.contestName}
            </Text>
            <Text fw={700} size="lg">
              {finalisation.roundName}
            </Text>
          </Stack>
          {finalisation.publishedAt ? (
            <Group gap="xs">
              <Badge color="blue" variant="light" size="lg" data-testid="published-badge">
                {t('organizer.results.publishedAt', {
                  time: formatDateTime(finalisation.publishedAt, i18n.language),
                })}
              </Badge>
              <Anchor component={Link} to={paths.publicRound(finalisation.roundId)} size="sm">
                {t('organizer.results.viewPublic')}
              </Anchor>
            </Group>
          ) : (
            <Badge color="gray" variant="light" size="lg">
              {t('organizer.results.notPublished')}
            </Badge>
          )}
        </Group>

        <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t('organizer.results.trueValue')}
            </Text>
            <Text fz={28} fw={700} lh={1.2} data-testid="true-value">
              {finalisation.trueValue}
            </Text>
          </Stack>
          <LabeledValue
            label={t('organizer.results.participants')}
            value={formatNumber(finalisation.participants, i18n.language)}
          />
          <LabeledValue
            label={t('organizer.results.questionCount')}
            value={String(finalisation.questionCount)}
          />
          <LabeledValue label={t('organizer.results.version')} value={String(finalisation.version)} />
          <LabeledValue
            label={t('organizer.results.finalisedAt')}
            value={formatDateTime(finalisation.finalisedAt, i18n.language)}
          />
          <LabeledValue label={t('organizer.results.finalisedBy')} value={finalisation.finalisedBy} />
        </SimpleGrid>

        <Group gap="sm">
          {!finalisation.publishedAt && (
            <Button
              disabled={publicRankingNames === undefined}
              onClick={publishDialog.open}
              data-testid="publish-button"
            >
              {t('organizer.results.publish')}
            </Button>
          )}
          <Button variant="default" onClick={refinaliseDialog.open} data-testid="refinalise-button">
            {t('organizer.results.refinalise')}
          </Button>
        </Group>
      </Stack>
      <ConfirmDialog
        opened={publishing}
        onClose={() => {
          publish.reset();
          publishDialog.close();
        }}
        title={t('organizer.results.publishTitle')}
        points={publishPoints(publicRankingNames ?? false)}
        roundId={finalisation.roundId}
        confirmLabel={t('organizer.results.publish')}
        onConfirm={() => publish.mutate(undefined, { onSuccess: publishDialog.close })}
        pending={publish.isPending}
        error={publish.error}
        testId="publish"
      />
      <RefinaliseModal
        roundId={finalisation.roundId}
        published={finalisation.publishedAt !== null}
        opened={refinalising}
        onClose={refinaliseDialog.close}
      />
    </Card>
  );
}
