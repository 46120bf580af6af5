import type { Track } from '@contest/contracts';
import { Card, List, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { formatList } from './file-check';
import { useDurationText } from './use-duration-text';

/** One fact of a call (a limit, a form, its areas): a dimmed label above its value. */
export function TrackFact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0} miw={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} component="div" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Stack>
  );
}

/** What an entry must meet: how it is sent, the file's format, size and length, how many, on which topics. */
export function TrackLimits({ track }: { track: Track }) {
  const { t } = useTranslation();
  const duration = useDurationText();
  const ways = track.allowFiles && track.allowLinks ? 'both' : track.allowFiles ? 'file' : 'link';
  return (
    <Card withBorder padding="sm" data-testid="track-limits">
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="xs">
        <TrackFact label={t('entries.limits.ways')}>{t(`entries.limits.way.${ways}`)}</TrackFact>
        <TrackFact label={t('entries.limits.perUnit')}>
          {t(
            track.submitter === 'unit_admin'
              ? 'entries.limits.perUnitValue'
              : 'entries.limits.perPersonValue',
            {
              count: track.entriesPerUnit,
            },
          )}
        </TrackFact>
        {track.allowFiles && (
          <TrackFact label={t('entries.limits.formats')}>{formatList(track.formats)}</TrackFact>
        )}
        {track.allowFiles && (
          <TrackFact label={t('entries.limits.size')}>
            {t('entries.limits.sizeValue', { mb: track.maxMegabytes })}
          </TrackFact>
        )}
        <TrackFact label={t('entries.limits.duration')}>{duration(track.maxDurationSeconds)}</TrackFact>
        {track.topics.length > 0 && (
          <TrackFact label={t('entries.limits.topics')}>
            <List size="sm" spacing={0}>
              {track.topics.map((topic) => (
                <List.Item key={topic}>{topic}</List.Item>
              ))}
            </List>
          </TrackFact>
        )}
      </SimpleGrid>
    </Card>
  );
}
