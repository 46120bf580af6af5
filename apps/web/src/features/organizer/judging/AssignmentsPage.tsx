import type { AssignmentBoard } from '@contest/contracts';
import { Alert, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '../../../lib/format';
import { ErrorState } from '../../../shared/ErrorState';
import { NotFoundPage } from '../../../shared/NotFoundPage';
import { PageLoader } from '../../../shared/PageLoader';
import { useIdParam } from '../../../shared/use-id-param';
import { AssignmentMatrix } from './AssignmentMatrix';
import { AutoAssignForm } from './AutoAssignForm';
import { EntryAssignmentCard } from './EntryAssignmentCard';
import { JudgeLoadList } from './JudgeLoadList';
import { StageHeader } from './StageHeader';
import { StageSummaryCard } from './StageSummaryCard';
import { entryRows, scoringOpened } from './assignment-board';
import { useAssignmentBoard, useTrack } from './use-stage-admin';

/** Organizer: who scores which entry in a judging stage, assigned automatically or by hand. */
export function AssignmentsPage() {
  const stageId = useIdParam('stageId');
  return stageId === null ? <NotFoundPage /> : <Assignments stageId={stageId} />;
}

function Assignments({ stageId }: { stageId: number }) {
  const { t } = useTranslation();
  const board = useAssignmentBoard(stageId);
  const track = useTrack(board.data?.stage.trackId);

  let body;
  if (board.isPending) body = <PageLoader />;
  else if (board.isError) body = <ErrorState error={board.error} onRetry={() => void board.refetch()} />;
  else
    body = <Board board={board.data} scoringOpen={scoringOpened(board.data.stage, track.data, Date.now())} />;

  return (
    <Stack gap="md">
      <StageHeader
        title={t('judgingAdmin.assignments.title')}
        stage={board.data?.stage}
        track={track.data}
        current="assignments"
      />
      {body}
    </Stack>
  );
}

function Board({ board, scoringOpen }: { board: AssignmentBoard; scoringOpen: boolean }) {
  const { t, i18n } = useTranslation();
  const rows = entryRows(board);
  const readOnly = board.stage.lockedAt !== null;

  return (
    <Stack gap="md">
      {readOnly && (
        <Alert color="orange" variant="light" data-testid="assignments-locked">
          {t('judgingAdmin.assignments.locked', {
            time: formatDateTime(board.stage.lockedAt!, i18n.language),
          })}
        </Alert>
      )}
      {board.entries.length === 0 && (
        <Alert color="yellow" variant="light" data-testid="assignments-no-entries">
          {t('judgingAdmin.assignments.noEntries')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: readOnly ? 1 : 2 }} spacing="md">
        <StageSummaryCard board={board} rows={rows} />
        {!readOnly && <AutoAssignForm board={board} />}
      </SimpleGrid>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('judgingAdmin.judges.title', { count: board.judges.length })}
        </Title>
        <JudgeLoadList judges={board.judges} />
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('judgingAdmin.entries.title', { count: board.entries.length })}
        </Title>
        <Tabs defaultValue="entries" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="entries" data-testid="tab-entries">
              {t('judgingAdmin.entries.tab')}
            </Tabs.Tab>
            <Tabs.Tab value="matrix" data-testid="tab-matrix">
              {t('judgingAdmin.matrix.tab')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="entries" pt="sm">
            {rows.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('judgingAdmin.matrix.empty')}
              </Text>
            ) : (
              <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xs">
                {rows.map((row) => (
                  <EntryAssignmentCard
                    key={row.entry.id}
                    board={board}
                    row={row}
                    readOnly={readOnly}
                    scoringOpen={scoringOpen}
                  />
                ))}
              </SimpleGrid>
            )}
          </Tabs.Panel>
          <Tabs.Panel value="matrix" pt="sm">
            <AssignmentMatrix board={board} rows={rows} readOnly={readOnly} scoringOpen={scoringOpen} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Stack>
  );
}
