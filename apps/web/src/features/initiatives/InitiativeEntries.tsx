import type { Entry, InitiativeSettings, MyEntries, Track } from '@contest/contracts';
import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';

import { formatDateTime } from '../../lib/format';
import { newEntryState } from '../entries/entry-state';
import { TrackRules } from '../entries/TrackRules';
import { InitiativeCard } from './InitiativeCard';
import { InitiativeEditor } from './InitiativeEditor';
import { initiativesInOrder, mayAuthorEdit, unitDeadlineOf } from './initiative-state';
import { InitiativeTrackFacts } from './InitiativeTrackFacts';

type InitiativeTrack = Track & { initiative: InitiativeSettings };

/**
 * An author's initiatives on a call: the list (where each stands and its journey), and the editor
 * of one, named in the address (`?edit=new` or `?edit=<id>`) so Back closes it.
 */
export function InitiativeEntries({ mine, track }: { mine: MyEntries; track: InitiativeTrack }) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  // The draft the open editor created: the address names it after its first save.
  const [createdId, setCreatedId] = useState<number | null>(null);
  const newState = newEntryState(mine);
  const unitName = mine.unitName ?? '';

  const edit = params.get('edit');
  const editedEntry = edit && edit !== 'new' ? (mine.items.find((e) => e.id === Number(edit)) ?? null) : null;
  // The editor that created a draft stays open (and mounted) whatever the list holds for a moment.
  const createdHere = createdId !== null && (edit === 'new' || edit === String(createdId));
  const editing =
    createdHere ||
    (edit === 'new'
      ? newState.kind === 'allowed'
      : editedEntry !== null && mayAuthorEdit(track, editedEntry, new Date()));
  const editorKey = edit === 'new' || createdHere ? 'new' : `entry-${edit}`;

  const open = (target: number | 'new') => {
    setCreatedId(null);
    setParams({ edit: String(target) });
    window.scrollTo({ top: 0 });
  };
  const close = () => {
    setParams({});
    setCreatedId(null);
    window.scrollTo({ top: 0 });
  };
  const onCreated = (entry: Entry) => {
    setCreatedId(entry.id);
    setParams({ edit: String(entry.id) }, { replace: true });
  };

  if (editing)
    return (
      <InitiativeEditor
        key={editorKey}
        track={track}
        entry={editedEntry}
        unitName={unitName}
        onCreated={onCreated}
        onClose={close}
      />
    );

  const entries = initiativesInOrder(mine.items);
  const hasLive = entries.some((e) => e.status !== 'withdrawn');
  const unitDeadline = unitDeadlineOf(track);
  // After the call closed, one the unit returned is still the author's to fix until the unit's deadline.
  const returnedUntil = entries.some(
    (e) => e.unitReview?.state === 'returned' && mayAuthorEdit(track, e, new Date()),
  )
    ? unitDeadline
    : null;

  return (
    <Stack gap="md">
      {track.phase === 'upcoming' && (
        <Alert color="blue" variant="light" role="note">
          {t('initiatives.page.upcoming', { opensAt: formatDateTime(track.opensAt, i18n.language) })}
        </Alert>
      )}
      {track.phase === 'closed' && (
        <Alert color="gray" variant="light" role="note" data-testid="track-closed">
          {returnedUntil
            ? t('initiatives.page.closedReturned', {
                closesAt: formatDateTime(track.closesAt, i18n.language),
                deadline: formatDateTime(returnedUntil, i18n.language),
              })
            : t('initiatives.page.closed', { closesAt: formatDateTime(track.closesAt, i18n.language) })}
        </Alert>
      )}
      <TrackRules rulesText={track.rulesText} initiallyOpen={!hasLive && track.phase !== 'closed'} />
      <InitiativeTrackFacts track={track} />
      <Text size="sm" c="dimmed">
        {t('initiatives.page.how', { unit: unitName })}
      </Text>

      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('initiatives.page.listTitle')}
        </Title>
        {entries.length === 0 && (
          <Text size="sm" c="dimmed" data-testid="entries-empty">
            {t(track.phase === 'closed' ? 'initiatives.page.noneClosed' : 'initiatives.page.none')}
          </Text>
        )}
        {newState.kind === 'allowed' && (
          <Button onClick={() => open('new')} fullWidth={!hasLive} data-testid="initiative-new">
            {t('initiatives.page.new')}
          </Button>
        )}
        {newState.kind === 'notEntrant' && (
          <Alert color="yellow" variant="light" role="note" data-testid="entries-not-entrant">
            {t(`entries.new.notEntrant.${newState.reason}`)}
          </Alert>
        )}
        {newState.kind === 'limitReached' && (
          <Text size="sm" c="dimmed" data-testid="entries-limit-reached">
            {t('initiatives.page.limitReached', {
              count: mine.items.filter((e) => e.status !== 'withdrawn').length,
            })}
          </Text>
        )}
        {entries.map((entry) => (
          <InitiativeCard
            key={entry.id}
            track={track}
            entry={entry}
            unitName={mine.unitName}
            onEdit={() => open(entry.id)}
          />
        ))}
      </Stack>
    </Stack>
  );
}
