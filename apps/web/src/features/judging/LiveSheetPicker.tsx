import type { LivePart } from '@contest/contracts';
import { Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { LiveSheet } from './live-sheets';
import { LiveSheetBadge } from './LiveSheetStatus';

interface LiveSheetPickerProps {
  sheets: readonly LiveSheet[];
  parts: readonly LivePart[];
  chosen: string;
  waiting: boolean;
  onChoose(key: string): void;
}

/** With more than one sheet to show, one line each: the team, the part, where its sheet stands. */
export function LiveSheetPicker({ sheets, parts, chosen, waiting, onChoose }: LiveSheetPickerProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} component="nav" aria-label={t('judging.live.pickerLabel')} data-testid="live-sheet-picker">
      {sheets.map((sheet) => {
        const selected = sheet.key === chosen;
        return (
          <UnstyledButton
            key={sheet.key}
            aria-pressed={selected}
            onClick={() => onChoose(sheet.key)}
            p="sm"
            style={{
              borderRadius: 'var(--mantine-radius-md)',
              border: `${selected ? 2 : 1}px solid var(--mantine-color-${selected ? 'blue-6' : 'gray-3'})`,
              background: selected ? 'var(--mantine-color-blue-0)' : undefined,
            }}
            data-testid="live-sheet-choice"
          >
            <Group gap="xs" justify="space-between" wrap="nowrap">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {sheet.sheet.entry.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {sheet.part + 1}. {parts[sheet.part]?.name}
                  {sheet.onStage ? ` · ${t('judging.live.onStageNow')}` : ''}
                </Text>
              </Stack>
              <LiveSheetBadge status={sheet.status} waiting={waiting} />
            </Group>
          </UnstyledButton>
        );
      })}
    </Stack>
  );
}
