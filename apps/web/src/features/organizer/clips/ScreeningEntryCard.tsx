import type { ScreeningEntry } from '@contest/contracts';
import { Badge, Button, Flex, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { formatDateTime, formatPercent } from '../../../lib/format';
import { viewableMedia } from '../../../shared/entry-media';
import { paths } from '../../../shared/paths';
import { InitiativeEntryDetails } from '../initiatives/InitiativeEntryDetails';
import { OriginalityDecisionBadge, OriginalityLevelBadge } from '../initiatives/OriginalityBadges';
import type { OriginalityItem } from '../initiatives/originality-view';
import { ScreeningBadge } from './ClipBadges';
import { EntryFlags } from './EntryFlags';
import { EntryMediaInfo } from './EntryMediaInfo';
import { EntryThumbnail } from './EntryThumbnail';
import { availableDecisions, isScreenable } from './screening-view';

interface ScreeningEntryCardProps {
  entry: ScreeningEntry;
  /** Judging is locked: the field it judged stays as it was. */
  locked: boolean;
  accepting: boolean;
  onPlay: () => void;
  onAccept: () => void;
  onReject: () => void;
  /** An initiative's originality check, when the track compares its entries. */
  originality?: OriginalityItem;
}

/** One entry to screen: what it is, who sent it, what was sent, what looks wrong, and the decision. */
export function ScreeningEntryCard({
  entry,
  locked,
  accepting,
  onPlay,
  onAccept,
  onReject,
  originality,
}: ScreeningEntryCardProps) {
  const { t, i18n } = useTranslation();
  const screenable = isScreenable(entry);
  const decisions = locked ? [] : availableDecisions(entry);
  const { videoUrl } = viewableMedia(entry);
  // An article has no picture or file to show; a video initiative has both, as a clip does.
  const article = entry.initiative?.form === 'article';
  // The api refuses to accept an initiative decided to be a duplicate: say so before the click.
  const duplicate = originality?.originality.decision === 'duplicate';
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      bg={screenable ? undefined : 'gray.0'}
      style={screenable ? undefined : { opacity: 0.65 }}
      id={`entry-${entry.id}`}
      data-testid="screening-entry"
      data-entry-id={entry.id}
      data-screenable={screenable}
    >
      <Flex direction={{ base: 'column', xs: 'row' }} gap="sm">
        {!article && <EntryThumbnail entry={entry} onPlay={onPlay} />}
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          {/* On a phone the state drops below a long title rather than being cut. */}
          <Group justify="space-between" align="flex-start" gap="xs">
            <Text fw={700} style={{ flex: '1 1 200px', minWidth: 0, overflowWrap: 'anywhere' }}>
              <Text span c="dimmed" fw={500}>
                #{entry.id}
              </Text>{' '}
              {entry.title}
            </Text>
            {screenable ? (
              <ScreeningBadge screening={entry.screening} />
            ) : (
              <Badge color="gray" variant="outline" data-testid="entry-status">
                {t(`clipsAdmin.entryStatus.${entry.status}`)}
              </Badge>
            )}
          </Group>
          <EntryFlags entry={entry} />
          {originality && (
            <Group gap={6} data-testid="screening-originality">
              <OriginalityDecisionBadge
                decision={originality.originality.decision}
                hasMatch={originality.closest !== null}
              />
              {originality.closest && (
                <>
                  <OriginalityLevelBadge level={originality.closest.level} />
                  <Text size="xs" c="dimmed">
                    {formatPercent(originality.closest.similarity, i18n.language)}
                  </Text>
                </>
              )}
              <Button
                component={Link}
                to={paths.entryOriginality(entry.trackId, entry.id)}
                variant="subtle"
                size="compact-xs"
                data-testid="screening-originality-link"
              >
                {t('initiativeAdmin.screening.compare')}
              </Button>
            </Group>
          )}
          <Text size="sm">
            {entry.unitName}
            {entry.topic && (
              <Text span c="dimmed">
                {' · '}
                {entry.topic}
              </Text>
            )}
          </Text>
          {entry.initiative ? (
            <InitiativeEntryDetails entry={entry} />
          ) : (
            <Text size="sm">{t('clipsAdmin.screening.authors', { names: entry.authors.join(', ') })}</Text>
          )}
          {entry.description && !entry.initiative && (
            <Text size="sm" c="dimmed" lineClamp={2}>
              {entry.description}
            </Text>
          )}
          {!article && <EntryMediaInfo entry={entry} />}
          <Text size="xs" c="dimmed">
            {entry.submittedAt
              ? t('clipsAdmin.screening.sentBy', {
                  name: entry.submittedByName,
                  at: formatDateTime(entry.submittedAt, i18n.language),
                })
              : t('clipsAdmin.screening.startedBy', { name: entry.submittedByName })}
          </Text>
          {duplicate && decisions.includes('accepted') && (
            <Text size="xs" c="red.8" data-testid="screening-duplicate-note">
              {t('initiativeAdmin.screening.duplicateNoAccept')}
            </Text>
          )}
          {entry.screening === 'rejected' && entry.screeningReason && (
            <Text size="sm" c="red.8" data-testid="entry-reject-reason">
              {t('clipsAdmin.screening.rejectedBecause', { reason: entry.screeningReason })}
            </Text>
          )}
          {(videoUrl || decisions.length > 0) && (
            <Group gap="xs" mt={4}>
              {videoUrl && (
                <Button variant="default" size="xs" onClick={onPlay} data-testid="entry-play">
                  {t('clipsAdmin.screening.play')}
                </Button>
              )}
              {decisions.includes('accepted') && (
                <Button
                  color="green"
                  size="xs"
                  loading={accepting}
                  disabled={duplicate}
                  title={duplicate ? t('initiativeAdmin.screening.duplicateNoAccept') : undefined}
                  onClick={onAccept}
                  data-testid="entry-accept"
                >
                  {t('clipsAdmin.screening.accept')}
                </Button>
              )}
              {decisions.includes('rejected') && (
                <Button
                  color="red"
                  variant="light"
                  size="xs"
                  disabled={accepting}
                  onClick={onReject}
                  data-testid="entry-reject"
                >
                  {t('clipsAdmin.screening.reject')}
                </Button>
              )}
            </Group>
          )}
        </Stack>
      </Flex>
    </Paper>
  );
}
