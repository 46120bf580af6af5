import type { Role, Track } from '@contest/contracts';
import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { callApi, queryKeys } from '../../api';
import { formatDateTime } from '../../lib/format';
import { paths } from '../../shared/paths';
import { useTracks } from '../gallery/gallery-queries';
import { unitDeadlineOf } from '../initiatives/initiative-state';
import {
  callsToAskAuthorAbout,
  callsToAskUnitAbout,
  inboxWaiting,
  openInitiativeCalls,
  returnedToFix,
} from './initiative-reminders';

/**
 * What the initiative contest asks of this person now, one small card each: initiatives their unit
 * returned, to fix, and (a unit admin) initiatives waiting in the unit's inbox. Nothing when nothing
 * applies; a failed read only leaves its card out, the page it links to says why.
 */
export function InitiativeTodoCards({ role }: { role: Role }) {
  const { t, i18n } = useTranslation();
  const tracks = useTracks();
  const now = Date.now();
  const all = tracks.data?.items ?? [];
  const mine = useQueries({
    queries: callsToAskAuthorAbout(all, role, now).map((track) => ({
      queryKey: queryKeys.myEntries(track.id),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        callApi('myEntries', { params: { trackId: track.id }, signal }),
      retry: false,
    })),
  });
  const inboxes = useQueries({
    queries: callsToAskUnitAbout(all, role, now).map((track) => ({
      queryKey: queryKeys.unitInbox(track.id),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        callApi('unitInbox', { params: { trackId: track.id }, signal }),
      retry: false,
    })),
  });
  const at = (iso: string) => formatDateTime(iso, i18n.language);

  const cards: ReactNode[] = [];
  for (const { data } of mine) {
    const count = data ? returnedToFix(data, now) : 0;
    if (!data || count === 0) continue;
    const deadline = unitDeadlineOf(data.track);
    cards.push(
      <ReminderCard
        key={`returned-${data.track.id}`}
        track={data.track}
        color="orange"
        testId="home-initiative-returned"
        text={
          deadline
            ? t('home.initiatives.returned', { count, deadline: at(deadline) })
            : t('home.initiatives.returnedNoDeadline', { count })
        }
        action={t('home.initiatives.returnedAction')}
        to={paths.myEntries(data.track.id)}
      />,
    );
  }
  for (const { data } of inboxes) {
    const count = data ? inboxWaiting(data, now) : 0;
    if (!data || count === 0) continue;
    const deadline = data.deadline ?? unitDeadlineOf(data.track);
    cards.push(
      <ReminderCard
        key={`inbox-${data.track.id}`}
        track={data.track}
        color="blue"
        testId="home-initiative-inbox"
        text={
          deadline
            ? t('home.initiatives.inbox', { count, deadline: at(deadline) })
            : t('home.initiatives.inboxNoDeadline', { count })
        }
        action={t('home.initiatives.inboxAction')}
        to={`${paths.unitInitiatives}?track=${data.track.id}`}
      />,
    );
  }
  return cards;
}

/** The initiative calls open now, for someone who may send one: where to read the rules and write. */
export function OpenInitiativeCallCards({ role }: { role: Role }) {
  const { t, i18n } = useTranslation();
  const tracks = useTracks();
  const open = openInitiativeCalls(tracks.data?.items ?? [], Date.now(), role);
  return open.map((track) => (
    <ReminderCard
      key={track.id}
      track={track}
      testId="home-initiative-open"
      text={t('home.initiatives.open', { closesAt: formatDateTime(track.closesAt, i18n.language) })}
      action={t('home.initiatives.openAction')}
      to={paths.myEntries(track.id)}
    />
  ));
}

function ReminderCard({
  track,
  text,
  action,
  to,
  color,
  testId,
}: {
  track: Track;
  text: string;
  action: string;
  to: string;
  color?: string;
  testId: string;
}) {
  return (
    <Card
      withBorder
      padding="md"
      style={color ? { borderLeft: `4px solid var(--mantine-color-${color}-5)` } : undefined}
      data-testid={testId}
      data-track-id={track.id}
    >
      <Stack gap={6}>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {track.contestName}
        </Text>
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          {track.title}
        </Text>
        <Text size="sm">{text}</Text>
        <Group>
          <Button component={Link} to={to} variant={color ? 'filled' : 'light'} color={color}>
            {action}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
