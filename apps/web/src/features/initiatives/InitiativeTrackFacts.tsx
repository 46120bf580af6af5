import { MAX_INITIATIVES_PER_AUTHOR, type InitiativeSettings, type Track } from '@contest/contracts';
import { Card, List, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatList } from '../entries/file-check';
import { TrackFact } from '../entries/TrackLimits';
import { useDurationText } from '../entries/use-duration-text';

/** What an initiative must be: its forms, who writes it, the areas, attachments and the video's limits. */
export function InitiativeTrackFacts({ track }: { track: Track & { initiative: InitiativeSettings } }) {
  const { t } = useTranslation();
  const duration = useDurationText();
  const s = track.initiative;
  const authorship = s.individual && s.group ? 'either' : s.group ? 'group' : 'individual';
  return (
    <Card withBorder padding="sm" data-testid="initiative-track-facts">
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="xs">
        <TrackFact label={t('initiatives.facts.forms')}>
          {s.forms.map((f) => t(`initiatives.form.forms.${f}`)).join(', ')}
        </TrackFact>
        <TrackFact label={t('initiatives.facts.authors')}>
          {t(`initiatives.facts.authorship.${authorship}`, { max: s.maxAuthors })}
        </TrackFact>
        <TrackFact label={t('initiatives.facts.perAuthor')}>
          {t('initiatives.facts.perAuthorValue', { count: MAX_INITIATIVES_PER_AUTHOR })}
        </TrackFact>
        <TrackFact label={t('initiatives.facts.attachments')}>
          {t('initiatives.facts.attachmentsValue', { mb: s.attachmentMegabytes })}
        </TrackFact>
        {s.forms.includes('video') && track.allowFiles && (
          <TrackFact label={t('initiatives.facts.video')}>
            {t('initiatives.facts.videoValue', {
              formats: formatList(track.formats),
              mb: track.maxMegabytes,
              duration: duration(track.maxDurationSeconds),
            })}
          </TrackFact>
        )}
        {track.topics.length > 0 && (
          <TrackFact label={t('initiatives.facts.areas')}>
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
