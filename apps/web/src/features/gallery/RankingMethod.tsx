import type { Stage } from '@contest/contracts';
import { Card, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDecimal } from '../../lib/format';

/** How totals were made, in words: the aggregation method, the votes' share, the tie-break order, the prizes. */
export function RankingMethod({ stage }: { stage: Stage }) {
  const { t, i18n } = useTranslation();
  const points = (value: number) => formatDecimal(value, i18n.language);
  return (
    <Card withBorder padding="md" data-testid="ranking-method">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('gallery.ranking.howTitle')}
        </Title>
        <Text size="sm">
          {t('gallery.ranking.rubric', {
            points: points(stage.judgePoints),
            criteria: stage.criteria.map((c) => `${c.name} (${points(c.maxPoints)})`).join(', '),
          })}
        </Text>
        <Text size="sm" data-testid="ranking-method-text">
          {t(`gallery.ranking.method.${stage.aggregation}`)}
        </Text>
        <Text size="sm">
          {stage.votePoints > 0
            ? t('gallery.ranking.votes', { points: points(stage.votePoints) })
            : t('gallery.ranking.noVotes')}
        </Text>
        {stage.tieBreaks.length > 0 && (
          <Stack gap={2}>
            <Text size="sm">{t('gallery.ranking.tieBreaksIntro')}</Text>
            <List type="ordered" size="sm" withPadding>
              {stage.tieBreaks.map((rule) => (
                <List.Item key={rule}>{t(`gallery.ranking.tieBreak.${rule}`)}</List.Item>
              ))}
            </List>
          </Stack>
        )}
        {stage.prizes.length > 0 && (
          <Text size="sm">
            {t('gallery.ranking.prizes', {
              prizes: stage.prizes
                .map((p) => t('gallery.ranking.prizeCount', { label: p.label, count: p.count }))
                .join(', '),
            })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
