import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router-dom';

import { ErrorState } from '../../shared/ErrorState';
import { NotFoundPage } from '../../shared/NotFoundPage';
import { PageLoader } from '../../shared/PageLoader';
import { paths } from '../../shared/paths';
import { useIdParam } from '../../shared/use-id-param';
import { isJudge, useCurrentUser } from '../auth/session';
import { locateSheet } from './judge-progress';
import { useJudgeWork } from './judge-queries';
import { ScoreSheet } from './ScoreSheet';

/** A judge's sheet for one entry: the clip, the rubric, their own points and remarks. */
export function ScoreSheetPage() {
  const user = useCurrentUser();
  const assignmentId = useIdParam('assignmentId');
  if (!isJudge(user)) return <Navigate to={paths.home} replace />;
  if (assignmentId === null) return <NotFoundPage />;
  return <SheetLoader assignmentId={assignmentId} />;
}

function SheetLoader({ assignmentId }: { assignmentId: number }) {
  const { t } = useTranslation();
  const work = useJudgeWork();
  if (work.isPending) return <PageLoader />;
  if (work.isError) return <ErrorState error={work.error} onRetry={() => void work.refetch()} />;
  const located = locateSheet(work.data, assignmentId);
  if (!located) {
    return (
      <Stack align="center" py="xl" ta="center" data-testid="sheet-missing">
        <Alert color="gray" variant="light" maw={480} w="100%">
          <Text size="sm">{t('judging.sheet.missing')}</Text>
        </Alert>
        <Button component={Link} to={paths.judging} variant="light">
          {t('judging.sheet.backToList')}
        </Button>
      </Stack>
    );
  }
  // Keyed by the assignment: moving to the next entry starts from that entry's saved sheet.
  return <ScoreSheet key={assignmentId} located={located} />;
}
