import type { Stage } from '@contest/contracts';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { paths } from '../../shared/paths';

/**
 * The ranking of every published stage of a call, one link each (the gallery itself shows only
 * the last): a preliminary stage's ranking, and who it sent on, stays public after the final.
 */
export function PublishedStageLinks({ stages, currentId }: { stages: readonly Stage[]; currentId?: number }) {
  const { t } = useTranslation();
  if (stages.length < 2) return null;
  return (
    <Stack
      gap={6}
      component="nav"
      aria-label={t('gallery.ranking.stagesLabel')}
      data-testid="published-stages"
    >
      <Text size="sm" c="dimmed">
        {t('gallery.ranking.stagesLabel')}
      </Text>
      <Group gap={6}>
        {stages.map((stage) => (
          <Button
            key={stage.id}
            component={Link}
            to={paths.galleryRanking(stage.id)}
            size="xs"
            variant={stage.id === currentId ? 'filled' : 'default'}
            aria-current={stage.id === currentId ? 'page' : undefined}
            // A long stage name wraps inside its button rather than widening the page.
            styles={{
              root: { maxWidth: '100%', height: 'auto', minHeight: 30, paddingBlock: 4 },
              inner: { height: 'auto' },
              label: { whiteSpace: 'normal', lineHeight: 1.3 },
            }}
            data-testid="published-stage-link"
          >
            {stage.name}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
