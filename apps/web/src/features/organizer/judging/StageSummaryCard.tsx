import type { AssignmentBoard } from '@contest/contracts';
import { Badge, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { LabeledValue } from '../../../shared/LabeledValue';
import type { EntryAssignmentRow } from './assignment-board';

/** Where the stage stands, and which ways of combining the judges' totals its assignments allow. */
export function StageSummaryCard({ board, rows }: { board: AssignmentBoard; rows: EntryAssignmentRow[] }) {
  const { t } = useTranslation();
  const { stage } = board;
  const counting = board.assignments.filter((a) => a.conflict === null);
  const covered = rows.filter((r) => r.missing === 0).length;
  const current = board.methods.find((m) => m.method === stage.aggregation);
  return (
    <Card withBorder padding="md" data-testid="stage-summary">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 2, xs: 3 }} spacing="sm" verticalSpacing="xs">
          <LabeledValue
            label={t('judgingAdmin.summary.phase')}
            value={t(`judgingAdmin.phase.${stage.phase}`)}
          />
          <LabeledValue
            label={t('judgingAdmin.summary.method')}
            value={t(`judgingAdmin.methods.${stage.aggregation}.name`)}
          />
          <LabeledValue
            label={t('judgingAdmin.summary.judgesPerEntry')}
            value={String(stage.judgesPerEntry)}
          />
          <LabeledValue label={t('judgingAdmin.summary.entries')} value={String(board.entries.length)} />
          <LabeledValue
            label={t('judgingAdmin.summary.covered')}
            value={t('judgingAdmin.summary.ofEntries', { count: covered, total: board.entries.length })}
          />
          <LabeledValue
            label={t('judgingAdmin.summary.sheets')}
            value={t('judgingAdmin.summary.ofSheets', {
              count: counting.filter((a) => a.complete).length,
              total: counting.length,
            })}
          />
        </SimpleGrid>
        <Stack gap={6} data-testid="stage-methods">
          <Text size="sm" fw={500}>
            {t('judgingAdmin.methods.title')}
          </Text>
          {board.methods.map((m) => (
            <Group key={m.method} gap="xs" wrap="nowrap" align="flex-start" data-method={m.method}>
              <Badge
                color={m.allowed ? 'teal' : 'gray'}
                variant="light"
                tt="none"
                style={{ flexShrink: 0 }}
                miw={80}
              >
                {t(m.allowed ? 'judgingAdmin.methods.allowed' : 'judgingAdmin.methods.notAllowed')}
              </Badge>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {t(`judgingAdmin.methods.${m.method}.name`)}
                {m.method === stage.aggregation && (
                  <Text span size="sm" fw={600}>
                    {' '}
                    {t('judgingAdmin.methods.current')}
                  </Text>
                )}
                {!m.allowed && (
                  <Text span size="sm" c="dimmed">
                    {' — '}
                    {m.reason === 'trimmed_needs_judges'
                      ? t('judgingAdmin.methods.trimmed_mean.needs', { count: m.min ?? 0 })
                      : t('judgingAdmin.methods.z_score.needs', { count: m.min ?? 0 })}
                  </Text>
                )}
              </Text>
            </Group>
          ))}
          {current && !current.allowed && (
            <Text size="sm" c="red.8" data-testid="method-not-allowed">
              {t('judgingAdmin.methods.currentNotAllowed')}
            </Text>
          )}
        </Stack>
      </Stack>
    </Card>
  );
}
