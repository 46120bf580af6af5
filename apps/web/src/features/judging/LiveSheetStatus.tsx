import { Alert, Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { localizeRefusal } from '../../api/error-text';
import type { LiveSheet, LiveSheetStatus as Status } from './live-sheets';
import type { SenderState } from './score-sender';

export const STATUS_COLORS: Record<Status, string> = {
  empty: 'gray',
  unsent: 'orange',
  queued: 'blue',
  saved: 'teal',
  refused: 'red',
};

/** A sheet's state in a word, for the list of sheets. */
export function LiveSheetBadge({ status, waiting }: { status: Status; waiting: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" style={{ flexShrink: 0 }}>
      {t(`judging.live.badge.${status === 'queued' && waiting ? 'waiting' : status}`)}
    </Badge>
  );
}

/**
 * Where a sheet stands, in a sentence: saved, waiting on this phone for the network, or refused
 * with the server's reason (the values stay on screen, for the judge to show the organizers).
 */
export function LiveSheetStatusLine({ sheet, sender }: { sheet: LiveSheet; sender: SenderState }) {
  const { t, i18n } = useTranslation();
  const { status, refusal } = sheet;
  if (status === 'refused' && refusal) {
    const reason = refusal.code
      ? localizeRefusal(refusal.code, refusal.params, i18n.language)
      : refusal.message || t('errors.unexpected');
    return (
      <Alert color="red" variant="light" role="alert" data-testid="live-sheet-status" data-status={status}>
        <Text size="sm" fw={600}>
          {t('judging.live.status.refused', { reason })}
        </Text>
        <Text size="sm">{t('judging.live.status.refusedHint')}</Text>
      </Alert>
    );
  }
  const waiting = status === 'queued' && sender.kind === 'waiting';
  const key = waiting ? 'waiting' : status;
  return (
    <Text
      size="sm"
      fw={500}
      c={status === 'empty' ? 'dimmed' : `${STATUS_COLORS[status]}.8`}
      aria-live="polite"
      data-testid="live-sheet-status"
      data-status={waiting ? 'waiting' : status}
    >
      {t(`judging.live.status.${key}`)}
    </Text>
  );
}
