import type { StageResults } from '@contest/contracts';
import { Accordion, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDecimal, formatNumber } from '../../lib/format';
import { AdvancedBadge, advancedIds } from '../../shared/Advancement';
import { EntryPrizeBadge } from './EntryPrizeBadge';
import { JudgeSheets } from './JudgeSheets';

/** The ranking, each entry opening onto the judges' sheets and the votes behind its total. */
export function StandingsAccordion({ results }: { results: StageResults }) {
  const { t, i18n } = useTranslation();
  const { stage, criteria, standings, advancement } = results;
  const advanced = advancedIds(advancement);
  const points = (value: number) => formatDecimal(value, i18n.language);
  if (standings.length === 0) return <Text c="dimmed">{t('gallery.ranking.empty')}</Text>;
  return (
    <Accordion variant="separated" multiple chevronPosition="right" data-testid="standings">
      {standings.map((standing) => (
        <Accordion.Item
          key={standing.entryId}
          value={String(standing.entryId)}
          data-testid="standing"
          data-advanced={advanced.has(standing.entryId)}
        >
          <Accordion.Control
            aria-label={t('gallery.ranking.expand', { rank: standing.rank, title: standing.title })}
          >
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <Text fw={700} size="lg" w={28} ta="right" style={{ flexShrink: 0 }}>
                {standing.rank}
              </Text>
              <Stack gap={2} miw={0} style={{ flex: 1 }}>
                <Text size="sm" fw={600}>
                  {standing.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {standing.unitName}
                </Text>
                <Group gap="xs" wrap="wrap" preventGrowOverflow={false}>
                  <Text size="sm" fw={700}>
                    {t('gallery.results.totalValue', { total: points(standing.total) })}
                  </Text>
                  {standing.prize && <EntryPrizeBadge label={standing.prize} prizes={stage.prizes} />}
                  {advancement && advanced.has(standing.entryId) && (
                    <AdvancedBadge nextStageName={advancement.nextStage.name} />
                  )}
                </Group>
              </Stack>
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap="sm">
              <Text size="sm" data-testid="standing-breakdown">
                {stage.votePoints > 0
                  ? t('gallery.ranking.breakdownWithVotes', {
                      judge: points(standing.judgePoints),
                      votes: formatNumber(standing.votes, i18n.language),
                      votePoints: points(standing.votePoints),
                      total: points(standing.total),
                    })
                  : t('gallery.ranking.breakdown', {
                      judge: points(standing.judgePoints),
                      total: points(standing.total),
                    })}
              </Text>
              <JudgeSheets
                sheets={standing.sheets}
                criteria={criteria}
                normalised={stage.aggregation === 'z_score'}
              />
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
