import type { UnitInbox } from '@contest/contracts';
import { Alert, Badge, Button, Card, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '../../lib/format';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { ErrorState } from '../../shared/ErrorState';
import { PageLoader } from '../../shared/PageLoader';
import { WindowCountdown } from '../entries/WindowCountdown';
import { MyPrizesCard } from '../track-results/MyPrizesCard';
import { ForwardModal } from './ForwardModal';
import { InboxEntryCard } from './InboxEntryCard';
import { useUnitInbox } from './initiative-queries';
import { ReaderModal } from './ReaderModal';
import { ReturnModal } from './ReturnModal';
import { inboxGroups, lastHead, quotaStanding, reviewWindow, type InboxGroups } from './unit-inbox';

type InboxEntry = UnitInbox['items'][number];
type Dialog = { kind: 'read' | 'return' | 'forward'; entry: InboxEntry } | null;

const GROUPS: (keyof InboxGroups)[] = ['pending', 'forwarded', 'returned'];

/** A unit's initiatives on one call: its deadline and quota, and each initiative to read, forward or return. */
export function UnitInboxView({ trackId }: { trackId: number }) {
  const { t, i18n } = useTranslation();
  const inbox = useUnitInbox(trackId);
  const [dialog, setDialog] = useState<Dialog>(null);

  if (inbox.isPending) return <PageLoader />;
  if (inbox.data === undefined)
    return <ErrorState error={inbox.error} onRetry={() => void inbox.refetch()} />;

  const data = inbox.data;
  const stage = data.track.stages.find((s) => s.kind === 'unit_review');
  const unitWindow = reviewWindow(stage, data.deadline, Date.now());
  const standing = quotaStanding(data);
  const groups = inboxGroups(data.items);
  const open = unitWindow.kind === 'open';
  const mayForward = open && standing !== 'full';
  const at = (iso: string) => formatDateTime(iso, i18n.language);
  const refresh = () => void inbox.refetch();

  const done = (message: string) => {
    setDialog(null);
    notifications.show({ color: 'teal', message });
  };
  const actions = (entry: InboxEntry) =>
    entry.unitReview?.state === 'pending' && (
      <>
        <Button
          variant="outline"
          color="orange"
          disabled={!open}
          onClick={() => setDialog({ kind: 'return', entry })}
        >
          {t('initiatives.unit.return.action')}
        </Button>
        <Button disabled={!mayForward} onClick={() => setDialog({ kind: 'forward', entry })}>
          {t('initiatives.unit.forward.action')}
        </Button>
      </>
    );

  return (
    <Stack gap="md" data-testid="unit-inbox" data-window={unitWindow.kind}>
      {inbox.isRefetchError && <ErrorAlert error={inbox.error} />}
      <MyPrizesCard
        trackId={trackId}
        published={data.track.resultsPublishedAt !== null}
        entries={data.items}
        unitId={data.unitId}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Card withBorder padding="sm" data-testid="unit-deadline">
          <Stack gap={4}>
            <Text size="xs" c="dimmed">
              {t('initiatives.unit.deadline')}
            </Text>
            <Text fw={600}>{data.deadline ? at(data.deadline) : t('initiatives.unit.noDeadline')}</Text>
            {unitWindow.kind === 'open' && unitWindow.closesAt && (
              <WindowCountdown
                target={unitWindow.closesAt}
                kind="closes"
                onReached={refresh}
                sentence={(time) => t('initiatives.unit.timeLeft', { time })}
              />
            )}
            {unitWindow.kind === 'closed' && (
              <Badge color="gray" variant="light">
                {t('initiatives.unit.deadlinePassed')}
              </Badge>
            )}
          </Stack>
        </Card>
        <Card withBorder padding="sm" data-testid="unit-quota" data-standing={standing}>
          <Stack gap={4}>
            <Text size="xs" c="dimmed">
              {t('initiatives.unit.quota')}
            </Text>
            <Text fw={600} data-testid="unit-quota-figures">
              {t('initiatives.unit.quotaFigures', {
                forwarded: data.forwarded,
                required: data.required,
                limit: data.limit,
              })}
            </Text>
            <Progress
              value={data.limit > 0 ? (100 * data.forwarded) / data.limit : 0}
              color={standing === 'short' ? 'orange' : 'teal'}
              size="sm"
              aria-label={t('initiatives.unit.quota')}
            />
            <Text size="xs" c={standing === 'short' ? 'orange.8' : 'teal.8'}>
              {standing === 'short'
                ? t('initiatives.unit.quotaShort', { count: data.required - data.forwarded })
                : standing === 'met'
                  ? data.required > 0
                    ? t('initiatives.unit.quotaMet')
                    : t('initiatives.unit.quotaNone')
                  : t('initiatives.unit.quotaFull', { limit: data.limit })}
            </Text>
          </Stack>
        </Card>
      </SimpleGrid>

      {unitWindow.kind === 'closed' && (
        <Alert color="gray" variant="light" role="note" data-testid="unit-actions-closed">
          {t('initiatives.unit.closedNote', { at: at(unitWindow.closesAt) })}
        </Alert>
      )}
      {unitWindow.kind === 'notYet' && (
        <Alert color="blue" variant="light" role="note" data-testid="unit-actions-not-yet">
          {t('initiatives.unit.notYetNote', { at: at(unitWindow.opensAt) })}
        </Alert>
      )}
      {open && standing === 'full' && groups.pending.length > 0 && (
        <Alert color="yellow" variant="light" role="note" data-testid="unit-forward-full">
          {t('initiatives.unit.fullNote', { limit: data.limit })}
        </Alert>
      )}

      {data.items.length === 0 && (
        <Text c="dimmed" data-testid="unit-inbox-empty">
          {t('initiatives.unit.empty')}
        </Text>
      )}
      {GROUPS.map((group) =>
        groups[group].length === 0 ? null : (
          <Stack key={group} gap="sm" data-testid={`unit-group-${group}`}>
            <Title order={3} size="h5">
              {t(`initiatives.unit.groups.${group}`, { count: groups[group].length })}
            </Title>
            {groups[group].map((entry) => (
              <InboxEntryCard
                key={entry.id}
                entry={entry}
                mayReturn={open}
                mayForward={mayForward}
                onRead={() => setDialog({ kind: 'read', entry })}
                onReturn={() => setDialog({ kind: 'return', entry })}
                onForward={() => setDialog({ kind: 'forward', entry })}
              />
            ))}
          </Stack>
        ),
      )}

      <ReaderModal
        entry={dialog?.kind === 'read' ? dialog.entry : null}
        onClose={() => setDialog(null)}
        actions={dialog?.kind === 'read' ? actions(dialog.entry) : undefined}
      />
      {dialog?.kind === 'return' && (
        <ReturnModal
          opened
          trackId={trackId}
          entry={dialog.entry}
          deadline={data.deadline ?? stage?.closesAt ?? null}
          onClose={() => setDialog(null)}
          onDone={() => done(t('initiatives.unit.return.done', { title: dialog.entry.title }))}
        />
      )}
      {dialog?.kind === 'forward' && (
        <ForwardModal
          opened
          trackId={trackId}
          entry={dialog.entry}
          head={lastHead(data.items)}
          onClose={() => setDialog(null)}
          onDone={() => done(t('initiatives.unit.forward.done', { title: dialog.entry.title }))}
        />
      )}
    </Stack>
  );
}
