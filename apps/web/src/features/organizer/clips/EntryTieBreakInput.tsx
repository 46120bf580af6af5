import type { EntryTieBreak } from '@contest/contracts';
import { ActionIcon, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { entryTieBreakRows, moveRow, toggleEntryTieBreak } from './stage-form';

interface EntryTieBreakInputProps {
  value: readonly EntryTieBreak[];
  onChange: (value: EntryTieBreak[]) => void;
  disabled: boolean;
  error?: string;
}

/** What decides between entries with the same total, in order; the entry number decides last. */
export function EntryTieBreakInput({ value, onChange, disabled, error }: EntryTieBreakInputProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} data-testid="tie-breaks">
      <Stack gap={0}>
        <Text size="sm" fw={500}>
          {t('clipsAdmin.tieBreaks.title')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('clipsAdmin.tieBreaks.hint')}
        </Text>
      </Stack>
      {entryTieBreakRows(value).map(({ tieBreak, used }) => {
        const position = value.indexOf(tieBreak);
        const label = t(`clipsAdmin.tieBreaks.${tieBreak}`);
        return (
          <Paper key={tieBreak} withBorder p={6} radius="sm" data-testid="tie-break-row" data-used={used}>
            <Group gap="xs" wrap="nowrap" justify="space-between">
              <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                <Text size="sm" fw={700} w={20} ta="center" c={used ? undefined : 'dimmed'}>
                  {used ? position + 1 : '–'}
                </Text>
                <Checkbox
                  checked={used}
                  disabled={disabled}
                  onChange={() => onChange(toggleEntryTieBreak(value, tieBreak))}
                  label={label}
                />
              </Group>
              <Group gap={4} wrap="nowrap">
                <ActionIcon
                  variant="default"
                  disabled={disabled || !used || position === 0}
                  onClick={() => onChange(moveRow(value, position, -1))}
                  aria-label={t('clipsAdmin.tieBreaks.moveUp', { name: label })}
                >
                  ↑
                </ActionIcon>
                <ActionIcon
                  variant="default"
                  disabled={disabled || !used || position === value.length - 1}
                  onClick={() => onChange(moveRow(value, position, 1))}
                  aria-label={t('clipsAdmin.tieBreaks.moveDown', { name: label })}
                >
                  ↓
                </ActionIcon>
              </Group>
            </Group>
          </Paper>
        );
      })}
      <Text size="sm" c="dimmed" pl={4}>
        {t('clipsAdmin.tieBreaks.last', { position: value.length + 1 })}
      </Text>
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
