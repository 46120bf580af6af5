import type { UnitInbox } from '@contest/contracts';
import { Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '../../lib/format';
import { useNarrowScreen } from '../../shared/use-narrow-screen';
import { InitiativeStateBadge } from './InitiativeStateBadge';
import { InitiativeBadges, InitiativeText } from './InitiativeText';
import { InitiativeVideoPlayer } from './InitiativeVideoPlayer';

interface ReaderModalProps {
  entry: UnitInbox['items'][number] | null;
  onClose(): void;
  /** The unit's answers, when it may still give one. */
  actions?: ReactNode;
}

/** An initiative read whole by its unit: every part, the authors with their contacts, the attachments, the video. */
export function ReaderModal({ entry, onClose, actions }: ReaderModalProps) {
  const { t, i18n } = useTranslation();
  const narrow = useNarrowScreen();
  return (
    <Modal
      opened={entry !== null}
      onClose={onClose}
      title={entry?.title}
      size="xl"
      fullScreen={narrow}
      styles={{ title: { fontWeight: 700, overflowWrap: 'anywhere' } }}
      data-testid="unit-reader"
    >
      {entry && (
        <Stack gap="md">
          <Stack gap={6}>
            <Group gap={6} preventGrowOverflow={false}>
              <InitiativeStateBadge entry={entry} />
              {entry.initiative && <InitiativeBadges details={entry.initiative} />}
            </Group>
            <Text size="xs" c="dimmed">
              {t('initiatives.unit.sentBy', {
                name: entry.submittedByName,
                at: entry.submittedAt ? formatDateTime(entry.submittedAt, i18n.language) : '',
              })}
            </Text>
          </Stack>
          <InitiativeVideoPlayer entry={entry} />
          <InitiativeText entry={entry} />
          {actions && (
            <Group justify="flex-end" gap="xs" pt="xs">
              {actions}
            </Group>
          )}
        </Stack>
      )}
    </Modal>
  );
}
