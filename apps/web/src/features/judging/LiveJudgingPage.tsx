import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router-dom';

import { queryKeys } from '../../api';
import { localizeRefusal } from '../../api/error-text';
import { ErrorState } from '../../shared/ErrorState';
import { NotFoundPage } from '../../shared/NotFoundPage';
import { PageLoader } from '../../shared/PageLoader';
import { paths } from '../../shared/paths';
import { useIdParam } from '../../shared/use-id-param';
import { isJudge, useCurrentUser } from '../auth/session';
import { spotKey } from '../live-final/live-board';
import { LiveBadge } from '../live-final/LiveBadge';
import { useLiveBoard } from '../live-final/use-live-board';
import type { JudgeStage } from './judge-progress';
import { useJudgeWork } from './judge-queries';
import { LiveHallNow } from './LiveHallNow';
import { defaultSheet, liveSheets } from './live-sheets';
import { LiveSheetCard } from './LiveSheetCard';
import { LiveSheetPicker } from './LiveSheetPicker';
import { useScoreOutbox } from './use-score-outbox';

/** A judge's phone in a live final's hall: the part on stage, and the parts open for their scores. */
export function LiveJudgingPage() {
  const user = useCurrentUser();
  const stageId = useIdParam('stageId');
  if (!isJudge(user)) return <Navigate to={paths.home} replace />;
  if (stageId === null) return <NotFoundPage />;
  return <LiveJudging judgeId={user.id} stageId={stageId} />;
}

function LiveJudging({ judgeId, stageId }: { judgeId: number; stageId: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const work = useJudgeWork();
  const hall = useLiveBoard(stageId);
  const sheets = useScoreOutbox(judgeId, stageId);
  const stage = work.data?.stages.find((s) => s.stage.id === stageId);
  const boardVersion = hall.board.data?.version;
  const sheetsVersion = stage?.live?.version;

  // The hall moved on (a part opened or closed): read the judge's sheets again.
  useEffect(() => {
    if (boardVersion !== undefined && sheetsVersion !== undefined && boardVersion > sheetsVersion)
      void queryClient.invalidateQueries({ queryKey: queryKeys.judgeWork });
  }, [boardVersion, sheetsVersion, queryClient]);
  // The line is back (a later join): what waits on the phone goes out, and the page catches up.
  const { retryNow } = sheets;
  useEffect(() => {
    if (hall.joins <= 1) return;
    retryNow();
    void queryClient.invalidateQueries({ queryKey: queryKeys.judgeWork });
  }, [hall.joins, retryNow, queryClient]);

  let body;
  if (work.isPending) body = <PageLoader />;
  else if (!work.data) body = <ErrorState error={work.error} onRetry={() => void work.refetch()} />;
  else if (!stage?.live)
    body = (
      <Alert color="gray" variant="light" data-testid="live-judging-missing">
        {t('judging.live.notYours')}
      </Alert>
    );
  else body = <LiveStageSheets work={stage} hall={hall} sheets={sheets} />;

  return (
    <Stack gap="md" data-testid="live-judging">
      <Stack gap={4}>
        <Anchor component={Link} to={paths.judging} size="sm">
          {t('judging.sheet.backToList')}
        </Anchor>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Title order={2} style={{ overflowWrap: 'anywhere' }}>
            {t('judging.live.title')}
          </Title>
          <LiveBadge live={hall.live} refusal={hall.refusal} />
        </Group>
        {stage && (
          <Text size="sm" c="dimmed">
            {stage.track.title} · {stage.stage.name}
          </Text>
        )}
      </Stack>
      {body}
    </Stack>
  );
}

interface LiveStageSheetsProps {
  work: JudgeStage;
  hall: ReturnType<typeof useLiveBoard>;
  sheets: ReturnType<typeof useScoreOutbox>;
}

function LiveStageSheets({ work, hall, sheets }: LiveStageSheetsProps) {
  const { t, i18n } = useTranslation();
  const decimalMark = i18n.language === 'vi' ? ',' : '.';
  const list = liveSheets(work, sheets.snapshot, decimalMark);
  const [chosenKey, setChosenKey] = useState<string | null>(null);
  // The hall's board is pushed at once; the sheets follow with a refetch: the newer tells who is on stage.
  const board = hall.board.data;
  const current =
    board && work.live && board.version >= work.live.version ? board.current : (work.live?.current ?? null);
  const currentKey = current ? spotKey(current) : null;
  const chosen = list.find((sheet) => sheet.key === chosenKey) ?? defaultSheet(list);
  const chosenStatus = chosen?.status;

  // The hall moved to another part: follow it, unless the judge has points typed and not sent here.
  const [followed, setFollowed] = useState(currentKey);
  if (followed !== currentKey) {
    setFollowed(currentKey);
    if (chosenStatus !== 'unsent') setChosenKey(null);
  }

  const waiting = sheets.senderState.kind === 'waiting';
  const parts = work.stage.parts;
  const titleOf = (entryId: number) => work.entries.find((e) => e.entry.id === entryId)?.entry.title ?? null;

  return (
    <Stack gap="md">
      <LiveHallNow
        current={current}
        board={board}
        titleOf={titleOf}
        partNames={parts.map((part) => part.name)}
      />
      {work.scoringRefusal && (
        <Alert color="orange" variant="light" data-testid="live-judging-refusal">
          {localizeRefusal(work.scoringRefusal.code, work.scoringRefusal.params, i18n.language)}
        </Alert>
      )}
      {waiting && (
        <Alert color="orange" variant="light" data-testid="live-judging-offline">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('judging.live.offline')}</Text>
            <Button size="xs" variant="light" color="orange" onClick={sheets.retryNow}>
              {t('judging.live.retry')}
            </Button>
          </Stack>
        </Alert>
      )}
      {list.length === 0 || !chosen ? (
        <Alert color="gray" variant="light" data-testid="live-judging-none-open">
          {t('judging.live.noneOpen')}
        </Alert>
      ) : (
        <>
          {list.length > 1 && (
            <LiveSheetPicker
              sheets={list}
              parts={parts}
              chosen={chosen.key}
              waiting={waiting}
              onChoose={setChosenKey}
            />
          )}
          <LiveSheetCard
            key={chosen.key}
            sheet={chosen}
            parts={parts}
            sender={sheets.senderState}
            onChange={(draft) =>
              sheets.outbox.setDraft({ assignmentId: chosen.sheet.assignmentId, part: chosen.part }, draft)
            }
            onSend={(scores) => {
              setChosenKey(chosen.key);
              sheets.send({ assignmentId: chosen.sheet.assignmentId, part: chosen.part }, scores);
            }}
          />
        </>
      )}
    </Stack>
  );
}
