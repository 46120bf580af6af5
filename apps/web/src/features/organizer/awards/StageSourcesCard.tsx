import type { Stage } from '@contest/contracts';
import { Anchor, Card, Divider, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { formatDecimal } from '../../../lib/format';
import { paths } from '../../../shared/paths';
import { StagePhaseBadge } from '../judging/StagePhaseBadge';

/** Each scored stage: its phase, where its public points come from, and the page to type likes and shares. */
export function StageSourcesCard({ stages }: { stages: readonly Stage[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder padding="md" data-testid="award-stages">
      <Stack gap="xs">
        <Text fw={600}>{t('awards.stages.title')}</Text>
        {stages.map((stage, index) => (
          <Stack key={stage.id} gap="xs">
            {index > 0 && <Divider />}
            <Group justify="space-between" gap="xs" data-testid="award-stage">
              <Stack gap={2} style={{ minWidth: 0, flex: '1 1 220px' }}>
                <Group gap="xs">
                  <Text size="sm" fw={500}>
                    {stage.name}
                  </Text>
                  <StagePhaseBadge phase={stage.phase} />
                </Group>
                <Text size="xs" c="dimmed">
                  {stage.votePoints > 0
                    ? t(`awards.stages.source.${stage.publicSource}`, {
                        points: formatDecimal(stage.votePoints, i18n.language),
                      })
                    : t('awards.stages.noPublic')}
                </Text>
              </Stack>
              <Group gap="sm">
                <Anchor
                  component={Link}
                  to={paths.interactions(stage.id)}
                  size="sm"
                  data-testid="award-stage-interactions"
                >
                  {t('awards.stages.interactions')}
                </Anchor>
                <Anchor component={Link} to={paths.stageResults(stage.id)} size="sm">
                  {t('awards.stages.results')}
                </Anchor>
              </Group>
            </Group>
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
