import type { AssignmentBoard, AutoAssignResult } from '@contest/contracts';
import { Alert, Button, Card, Group, List, MultiSelect, NumberInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../shared/ErrorAlert';
import { shortEntries } from './assignment-board';
import { useAutoAssign } from './use-stage-admin';

/** Gives every accepted entry N judges, keeping the assignments already made. */
export function AutoAssignForm({ board }: { board: AssignmentBoard }) {
  const { t } = useTranslation();
  const autoAssign = useAutoAssign(board.stage.id);
  const [perEntry, setPerEntry] = useState<number | string>(board.stage.judgesPerEntry);
  const [result, setResult] = useState<AutoAssignResult | null>(null);
  // The stage's panel: the judges already on it, or at first every judge account.
  const onStage = board.judges.filter((j) => j.assigned > 0);
  const [panel, setPanel] = useState<string[]>(
    (onStage.length ? onStage : board.judges).map((j) => String(j.id)),
  );
  const valid = typeof perEntry === 'number' && Number.isInteger(perEntry) && perEntry >= 1 && perEntry <= 50;
  const panelTooSmall = valid && panel.length < perEntry;

  const submit = () => {
    if (!valid || panelTooSmall) return;
    setResult(null);
    autoAssign.mutate({ judgesPerEntry: perEntry, judgeIds: panel.map(Number) }, { onSuccess: setResult });
  };
  const short = result ? shortEntries(result, board.entries) : [];

  return (
    <Card withBorder padding="md" data-testid="auto-assign">
      <Stack gap="sm">
        <Text fw={600}>{t('judgingAdmin.auto.title')}</Text>
        <Text size="sm" c="dimmed">
          {t('judgingAdmin.auto.hint')}
        </Text>
        <MultiSelect
          label={t('judgingAdmin.auto.panel')}
          description={t('judgingAdmin.auto.panelHint')}
          data={board.judges.map((j) => ({
            value: String(j.id),
            label: j.unitName ? `${j.fullName} (${j.unitName})` : j.fullName,
          }))}
          value={panel}
          onChange={setPanel}
          searchable
          error={
            panelTooSmall ? t('judgingAdmin.auto.panelTooSmall', { count: Number(perEntry) }) : undefined
          }
          data-testid="auto-assign-panel"
        />
        <Group align="flex-end" gap="sm">
          <NumberInput
            label={t('judgingAdmin.auto.perEntry')}
            description={t('judgingAdmin.auto.perEntryHint', { count: panel.length })}
            min={1}
            max={50}
            allowDecimal={false}
            value={perEntry}
            onChange={setPerEntry}
            error={valid ? undefined : t('judgingAdmin.auto.perEntryInvalid')}
            w={220}
            data-testid="auto-assign-per-entry"
          />
          <Button
            onClick={submit}
            loading={autoAssign.isPending}
            disabled={!valid || panelTooSmall || board.entries.length === 0}
            data-testid="auto-assign-button"
          >
            {t('judgingAdmin.auto.run')}
          </Button>
        </Group>
        {autoAssign.isError && <ErrorAlert error={autoAssign.error} />}
        {result && (
          <Alert
            color={short.length ? 'yellow' : 'teal'}
            variant="light"
            data-testid="auto-assign-result"
            onClose={() => setResult(null)}
            withCloseButton
          >
            <Stack gap={4}>
              <Text size="sm">
                {result.added
                  ? t('judgingAdmin.auto.added', { count: result.added })
                  : short.length
                    ? t('judgingAdmin.auto.noneAddable')
                    : t('judgingAdmin.auto.nothingAdded')}
              </Text>
              {short.length > 0 && (
                <>
                  <Text size="sm" fw={500}>
                    {t('judgingAdmin.auto.short', { count: short.length })}
                  </Text>
                  <List size="sm" spacing={2} style={{ overflowWrap: 'anywhere' }}>
                    {short.map((s) => (
                      <List.Item key={s.entryId}>
                        {t('judgingAdmin.auto.shortEntry', { title: s.title, count: s.missing })}
                      </List.Item>
                    ))}
                  </List>
                </>
              )}
            </Stack>
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
