import type { ImportProblem, RosterImportReport } from '@contest/contracts';
import { Alert, Button, Card, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { localizeImportProblem } from '../../api';
import { useNarrowScreen } from '../../shared/use-narrow-screen';
import { NO_FIGURE } from './figures';

interface RosterImportReportViewProps {
  report: RosterImportReport;
  currentCount: number;
  importing: boolean;
  canConfirm: boolean;
  onConfirm(): void;
}

export function RosterImportReportView({
  report,
  currentCount,
  importing,
  canConfirm,
  onConfirm,
}: RosterImportReportViewProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="roster-report" data-ok={report.ok} data-dry-run={report.dryRun}>
      {!report.ok ? (
        <Alert
          color="red"
          variant="light"
          title={t('myUnit.roster.problemsTitle', { count: report.problems.length })}
        >
          {t('myUnit.roster.rowsRead', { count: report.rowsRead })} {t('myUnit.roster.nothingImported')}
        </Alert>
      ) : report.dryRun ? (
        <Alert color="teal" variant="light" title={t('myUnit.roster.cleanTitle')}>
          {t('myUnit.roster.rowsRead', { count: report.rowsRead })}{' '}
          {t('myUnit.roster.willLink', { count: report.linked })}{' '}
          {currentCount > 0 && <b>{t('myUnit.roster.replaces', { count: currentCount })}</b>}
        </Alert>
      ) : (
        <Alert color="teal" variant="light" data-testid="roster-imported">
          {t('myUnit.roster.imported', { count: report.imported, linked: report.linked })}
        </Alert>
      )}
      {report.ok && report.dryRun && (
        <Button
          onClick={onConfirm}
          loading={importing}
          disabled={!canConfirm}
          color="orange"
          data-testid="roster-confirm"
          style={{ alignSelf: 'flex-start', maxWidth: '100%' }}
          styles={{ label: { whiteSpace: 'normal', lineHeight: 1.35, textAlign: 'left' } }}
          h="auto"
          mih={36}
          py={6}
        >
          {t('myUnit.roster.confirm', { count: report.rowsRead })}
        </Button>
      )}
      {report.problems.length > 0 && <ProblemList problems={report.problems} testId="roster-problems" />}
      {report.warnings.length > 0 && (
        <Stack gap={4}>
          <Text fw={500} size="sm">
            {t('myUnit.roster.warningsTitle', { count: report.warnings.length })}
          </Text>
          <Text size="xs" c="dimmed">
            {t(report.ok ? 'myUnit.roster.warningsHint' : 'myUnit.roster.warningsHintNotImported')}
          </Text>
          <ProblemList problems={report.warnings} testId="roster-warnings" />
        </Stack>
      )}
    </Stack>
  );
}

/** Problems by row, column and reason: a table on a wide screen, one card each on a phone. */
function ProblemList({ problems, testId }: { problems: readonly ImportProblem[]; testId: string }) {
  const { t, i18n } = useTranslation();
  const narrow = useNarrowScreen();
  const rowText = (row: number) =>
    row === 0 ? t('myUnit.roster.wholeFile') : t('myUnit.roster.rowN', { row });

  if (narrow) {
    return (
      <Stack gap={6} data-testid={testId}>
        {problems.map((problem, index) => (
          <Card key={index} withBorder padding="xs" data-testid="roster-problem">
            <Text size="xs" c="dimmed">
              {rowText(problem.row)}
              {problem.column ? ` · ${problem.column}` : ''}
            </Text>
            <Text size="sm">{localizeImportProblem(problem, i18n.language)}</Text>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped verticalSpacing={4} withTableBorder data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>{t('myUnit.roster.row')}</Table.Th>
            <Table.Th w={180}>{t('myUnit.roster.column')}</Table.Th>
            <Table.Th>{t('myUnit.roster.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((problem, index) => (
            <Table.Tr key={index} data-testid="roster-problem">
              <Table.Td>{problem.row === 0 ? t('myUnit.roster.wholeFile') : problem.row}</Table.Td>
              <Table.Td>{problem.column ?? NO_FIGURE}</Table.Td>
              <Table.Td>{localizeImportProblem(problem, i18n.language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
