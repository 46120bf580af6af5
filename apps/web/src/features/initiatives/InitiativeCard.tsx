import type { Entry, Track } from '@contest/contracts';
import { Alert, Button, Card, Collapse, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '../../lib/format';
import { roundOf } from '../../shared/stage-round';
import { ConfirmModal } from '../entries/ConfirmModal';
import { EntryMedia } from '../entries/EntryMedia';
import { useWithdrawEntry } from '../entries/entry-queries';
import { AttachmentsPanel } from './AttachmentsPanel';
import { InitiativeJourney } from './InitiativeJourney';
import { authorRefusal, initiativeState, materialStage, unitDeadlineOf } from './initiative-state';
import { InitiativeStateBadge } from './InitiativeStateBadge';
import { InitiativeBadges, InitiativeText } from './InitiativeText';

interface InitiativeCardProps {
  track: Track;
  entry: Entry;
  unitName: string | null;
  onEdit(): void;
}

/** One of the author's initiatives: where it stands and why, its journey, and what they may do with it now. */
export function InitiativeCard({ track, entry, unitName, onEdit }: InitiativeCardProps) {
  const { t, i18n } = useTranslation();
  const [reading, setReading] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const withdraw = useWithdrawEntry(track.id);
  const state = initiativeState(entry);
  const now = new Date();
  const refusal = authorRefusal(track, entry, now);
  const editable = refusal === null;
  const addingTo = editable ? null : materialStage(track, entry, now);
  const withdrawn = state.kind === 'withdrawn';
  // A draft never sent is discarded, not withdrawn: nobody else has seen it.
  const draft = state.kind === 'draft';
  const at = (iso: string) => formatDateTime(iso, i18n.language);
  const review = entry.unitReview;
  const unitDeadline = unitDeadlineOf(track);

  const confirmWithdraw = () =>
    withdraw.mutate(entry.id, {
      onSuccess: () => {
        setWithdrawing(false);
        notifications.show({
          color: 'teal',
          message: t(draft ? 'initiatives.withdraw.discardDone' : 'initiatives.withdraw.done', {
            title: entry.title,
          }),
        });
      },
    });

  return (
    <Card
      withBorder
      padding={withdrawn ? 'sm' : 'md'}
      data-testid={`initiative-${entry.id}`}
      data-state={state.kind}
      style={withdrawn ? { opacity: 0.75 } : undefined}
    >
      <Stack gap="sm">
        <Stack gap={6}>
          <Title order={3} size={withdrawn ? 'h5' : 'h4'} style={{ overflowWrap: 'anywhere' }}>
            {entry.title}
          </Title>
          <Group gap={6} preventGrowOverflow={false}>
            <InitiativeStateBadge entry={entry} />
            {entry.initiative && !withdrawn && <InitiativeBadges details={entry.initiative} />}
          </Group>
          <Text size="xs" c="dimmed">
            {entry.submittedAt && state.kind !== 'draft' && state.kind !== 'returned'
              ? t('initiatives.card.sentAt', { at: at(entry.submittedAt) })
              : t('initiatives.card.savedAt', { at: at(entry.updatedAt) })}
          </Text>
        </Stack>

        {state.kind === 'returned' && (
          <Alert
            color="orange"
            variant="light"
            title={t('initiatives.card.returnedTitle', {
              by: review?.reviewedByName ?? unitName ?? '',
            })}
            data-testid="initiative-returned"
          >
            <Stack gap={4}>
              {state.comment && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  «{state.comment}»
                </Text>
              )}
              <Text size="sm" data-testid="initiative-returned-hint">
                {refusal === 'unit_review_closed' && unitDeadline
                  ? t('initiatives.card.returnedClosed', { deadline: at(unitDeadline) })
                  : unitDeadline
                    ? t('initiatives.card.returnedHint', { deadline: at(unitDeadline) })
                    : t('initiatives.card.returnedHintNoDeadline')}
              </Text>
            </Stack>
          </Alert>
        )}
        {state.kind === 'draft' && (
          <Text size="sm">
            {t(refusal === 'track_closed' ? 'initiatives.card.draftClosed' : 'initiatives.card.draftHint')}
          </Text>
        )}
        {state.kind === 'withUnit' && (
          <Text size="sm">{t('initiatives.card.withUnit', { unit: unitName ?? entry.unitName })}</Text>
        )}
        {state.kind === 'withUnit' && entry.unitReview?.unitHasAdmin === false && (
          <Alert color="orange" variant="light" p="xs" data-testid="initiative-no-unit-admin">
            <Text size="sm">{t('initiatives.card.noUnitAdmin')}</Text>
          </Alert>
        )}
        {state.kind === 'forwarded' && review && (
          <Text size="sm">
            {t('initiatives.card.forwarded', {
              at: review.reviewedAt ? at(review.reviewedAt) : '',
              head: [review.headPosition, review.headName].filter(Boolean).join(' '),
            })}
          </Text>
        )}
        {state.kind === 'rejected' && (
          <Alert color="red" variant="light" title={t('initiatives.card.rejectedTitle')}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {state.reason}
            </Text>
          </Alert>
        )}
        {state.kind === 'stopped' && (
          <Alert
            color="gray"
            variant="light"
            title={t('initiatives.card.stoppedTitle', { round: roundOf(t, state.stageName) })}
          >
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {state.reason}
            </Text>
          </Alert>
        )}

        {!withdrawn && <InitiativeJourney journey={entry.journey} />}

        {!withdrawn && addingTo && track.initiative && (
          <Card withBorder padding="sm" data-testid="material-stage">
            <Stack gap="xs">
              <Text size="sm">
                {addingTo.closesAt
                  ? t('initiatives.material.openUntil', {
                      round: roundOf(t, addingTo.name),
                      time: at(addingTo.closesAt),
                    })
                  : t('initiatives.material.open', { round: roundOf(t, addingTo.name) })}
              </Text>
              <AttachmentsPanel
                trackId={track.id}
                entry={entry}
                maxMb={track.initiative.attachmentMegabytes}
                removable={(a) => a.stageId === addingTo.id}
              />
            </Stack>
          </Card>
        )}

        {!withdrawn && !editable && (
          <Collapse in={reading}>
            <Stack gap="sm">
              {entry.file && <EntryMedia entry={entry} editable={false} />}
              <InitiativeText entry={entry} />
            </Stack>
          </Collapse>
        )}

        {!withdrawn && (
          <Group gap="xs" preventGrowOverflow={false}>
            {editable ? (
              <Button onClick={onEdit} data-testid="initiative-edit">
                {t(state.kind === 'returned' ? 'initiatives.card.revise' : 'initiatives.card.continue')}
              </Button>
            ) : (
              <Button
                variant="light"
                onClick={() => setReading((r) => !r)}
                aria-expanded={reading}
                data-testid="initiative-read"
              >
                {t(reading ? 'initiatives.card.hide' : 'initiatives.card.read')}
              </Button>
            )}
            {track.phase === 'open' && (
              <Button
                variant="subtle"
                color="red"
                onClick={() => setWithdrawing(true)}
                data-testid="initiative-withdraw"
              >
                {t(draft ? 'initiatives.withdraw.discardAction' : 'initiatives.withdraw.action')}
              </Button>
            )}
          </Group>
        )}
      </Stack>

      <ConfirmModal
        opened={withdrawing}
        title={t(draft ? 'initiatives.withdraw.discardTitle' : 'initiatives.withdraw.title')}
        keepLabel={t('initiatives.withdraw.keep')}
        confirmLabel={t(draft ? 'initiatives.withdraw.discardConfirm' : 'initiatives.withdraw.confirm')}
        busy={withdraw.isPending}
        error={withdraw.error}
        onClose={() => {
          setWithdrawing(false);
          withdraw.reset();
        }}
        onConfirm={confirmWithdraw}
        testId="initiative-withdraw-confirm"
      >
        {t(
          state.kind === 'draft' || state.kind === 'returned'
            ? 'initiatives.withdraw.bodyDraft'
            : 'initiatives.withdraw.bodySent',
          { title: entry.title },
        )}
      </ConfirmModal>
    </Card>
  );
}
