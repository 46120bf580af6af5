import type { CollectiveTieBreak } from '@contest/contracts';
import { ActionIcon, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { moveTieBreak, tieBreakRows, toggleTieBreak } from './rule-form';

interface TieBreakInputProps {
  value: readonly CollectiveTieBreak[];
  onChange: (value: CollectiveTieBreak[]) => void;
  disabled: boolean;
  error?: string;
}

/** The criteria that break a tie of totals, in order; the unit code always decides last. */
export function TieBreakInput({ value, onChange, disabled, error }: TieBreakInputProps) {
  const { t } = useTranslation();
  const rows = tieBreakRows(value);
  return (
    <Stack gap={6} data-testid="collective-tie-break">
      <Stack gap={0}>
        <Text size="sm" fw={500}>
          {t('collective.rule.tieBreak')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('collective.rule.tieBreakHint')}
        </Text>
      </Stack>
      {rows.map(({ criterion, used }) => {
        const position = value.indexOf(criterion);
        const label = t(`collective.criteria.${criterion}`);
        return (
          <Paper key={criterion} withBorder p={6} radius="sm" data-testid="tie-break-row" data-used={used}>
            <Group gap="xs" wrap="nowrap" justify="space-between">
              <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                <Text size="sm" fw={700} w={20} ta="center" c={used ? undefined : 'dimmed'}>
                  {used ? position + 1 : '–'}
                </Text>
                <Checkbox
                  checked={used}
                  disabled={disabled}
                  onChange={() => onChange(toggleTieBreak(value, criterion))}
                  label={label}
                />
              </Group>
              <Group gap={4} wrap="nowrap">
                <ActionIcon
                  variant="default"
                  size="md"
                  disabled={disabled || !used || position === 0}
                  onClick={() => onChange(moveTieBreak(value, criterion, -1))}
                  aria-label={t('collective.rule.moveUp', { criterion: label })}
                >
                  ↑
                </ActionIcon>
                <ActionIcon
                  variant="default"
                  size="md"
                  disabled={disabled || !used || position === value.length - 1}
                  onClick={() => onChange(moveTieBreak(value, criterion, 1))}
                  aria-label={t('collective.rule.moveDown', { criterion: label })}
                >
                  ↓
                </ActionIcon>
              </Group>
            </Group>
          </Paper>
        );
      })}
      <Text size="sm" c="dimmed" pl={4}>
        {t('collective.rule.codeLast', { position: value.length + 1 })}
      </Text>
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
