import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { UnitSelect } from '../../auth/UnitSelect';

interface ScopeFieldProps {
  value: { id: number; name: string } | null;
  onChange(value: { id: number; name: string } | null): void;
  error?: string;
  disabled?: boolean;
}

/**
 * A district's own call: only units under the one picked here send entries, and only theirs
 * count for the quotas. Empty: the whole province.
 */
export function ScopeField({ value, onChange, error, disabled = false }: ScopeFieldProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} data-testid="track-scope">
      <UnitSelect
        value={null}
        required={false}
        disabled={disabled}
        label={t('initiativeAdmin.scope.label')}
        placeholder={t('initiativeAdmin.scope.placeholder')}
        error={error}
        onChange={(unit) => unit && onChange({ id: unit.id, name: unit.name })}
      />
      {value ? (
        <Group gap="xs" wrap="wrap">
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {t('initiativeAdmin.scope.limited', { unit: value.name })}
          </Text>
          <Button variant="subtle" size="compact-sm" disabled={disabled} onClick={() => onChange(null)}>
            {t('initiativeAdmin.scope.clear')}
          </Button>
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {t('initiativeAdmin.scope.whole')}
        </Text>
      )}
    </Stack>
  );
}
