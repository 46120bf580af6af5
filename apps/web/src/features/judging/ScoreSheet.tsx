import { Alert, Anchor, Grid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useBlocker, useNavigate } from 'react-router-dom';

import { formatDateTime } from '../../lib/format';
import { paths } from '../../shared/paths';
import { InitiativeSheetEntry } from '../initiatives/InitiativeSheetEntry';
import { ConflictModal } from './ConflictModal';
import { CriterionField } from './CriterionField';
import { EntryFacts } from './EntryFacts';
import { EntryMedia } from './EntryMedia';
import type { LocatedSheet } from './judge-progress';
import { localizeRefusal } from '../../api/error-text';
import { useDeclareConflict, useSaveScores } from './judge-queries';
import { draftFromScores, scoresToSave, sheetChanged, sheetProblems } from './score-sheet';
import { SheetFooter } from './SheetFooter';
import { SheetNavigation } from './SheetNavigation';
import { UnsavedChangesModal } from './UnsavedChangesModal';

export function ScoreSheet({ located }: { located: LocatedSheet }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { stage: work, entry: sheet, previous, next } = located;
  const { stage } = work;
  const criteria = stage.criteria;
  const decimalMark = i18n.language === 'vi' ? ',' : '.';
  const [draft, setDraft] = useState(() => draftFromScores(criteria, sheet.scores, decimalMark));
  const [conflictOpen, setConflictOpen] = useState(false);
  const save = useSaveScores(sheet.assignmentId);
  const conflict = useDeclareConflict(sheet.assignmentId);

  const initiative = sheet.entry.initiative !== null;
  const locked = stage.lockedAt !== null;
  const conflicted = sheet.conflict !== null;
  // Whether sheets may be saved now is the stage kind's rule on the server; the page shows its answer.
  const refusal = work.scoringRefusal;
  const notOpen = !locked && refusal !== null;
  const readOnly = locked || conflicted || refusal !== null;
  const problems = sheetProblems(criteria, draft, sheet.scores);
  const changed = !readOnly && sheetChanged(criteria, draft, sheet.scores);
  const toSave = scoresToSave(criteria, draft);
  const canSave = changed && problems.size === 0 && toSave.length > 0;

  // Read by the blocker at navigation time, which may come before the re-render that follows a save.
  const unsaved = useRef(changed);
  unsaved.current = changed;
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      unsaved.current && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!changed) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [changed]);

  const submit = (thenNext: boolean) => {
    if (!canSave) return;
    save.mutate(toSave, {
      onSuccess: (saved) => {
        setDraft(draftFromScores(criteria, saved.scores, decimalMark));
        notifications.show({
          color: 'teal',
          message: saved.complete ? t('judging.sheet.savedComplete') : t('judging.sheet.savedPartial'),
        });
        if (thenNext && next) {
          unsaved.current = false;
          void navigate(paths.scoreSheet(next.assignmentId));
        }
      },
    });
  };

  const declare = (reason: string) =>
    conflict.mutate(reason, {
      onSuccess: () => {
        setConflictOpen(false);
        notifications.show({ color: 'orange', message: t('judging.conflict.done') });
        unsaved.current = false;
        const target = next ?? previous;
        void navigate(target ? paths.scoreSheet(target.assignmentId) : paths.judging, { replace: true });
      },
    });

  return (
    <Stack gap="md" data-testid="score-sheet">
      <SheetNavigation order={sheet.order} count={work.entries.length} previous={previous} next={next} />
      <Text size="sm" c="dimmed">
        {work.track.title} · {stage.name}
      </Text>
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          {/* A clip stays in sight while scoring; an initiative's text is read down the page. */}
          <Stack gap="md" style={initiative ? undefined : { position: 'sticky', top: 72 }}>
            {initiative ? (
              <InitiativeSheetEntry entry={sheet.entry} />
            ) : (
              <>
                <EntryMedia entry={sheet.entry} />
                <EntryFacts entry={sheet.entry} />
              </>
            )}
            {/* Stepping off an entry is allowed until the lock, even before scoring may start. */}
            {!locked && !conflicted && (
              <Anchor
                component="button"
                type="button"
                size="sm"
                c="red"
                onClick={() => setConflictOpen(true)}
                style={{ alignSelf: 'flex-start' }}
                data-testid="conflict-open"
              >
                {t('judging.conflict.open')}
              </Anchor>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="sm">
            {locked && (
              <Alert color="orange" variant="light" data-testid="sheet-locked">
                <Stack gap={4}>
                  <Text size="sm">
                    {t('judging.lockedNote', { time: formatDateTime(stage.lockedAt ?? '', i18n.language) })}
                  </Text>
                  <Anchor component={Link} to={paths.galleryRanking(stage.id)} size="sm" fw={500}>
                    {t('judging.viewRanking')}
                  </Anchor>
                </Stack>
              </Alert>
            )}
            {notOpen && !conflicted && (
              <Alert color="blue" variant="light" data-testid="sheet-not-started">
                {t('judging.sheet.notOpen', {
                  reason: localizeRefusal(refusal.code, refusal.params, i18n.language),
                })}
              </Alert>
            )}
            {conflicted ? (
              <Alert color="red" variant="light" data-testid="sheet-conflicted">
                {t('judging.sheet.conflicted', { reason: sheet.conflict })}
              </Alert>
            ) : (
              <>
                <Text fw={600}>{t('judging.sheet.rubric')}</Text>
                {criteria.map((criterion) => (
                  <CriterionField
                    key={criterion.id}
                    criterion={criterion}
                    value={draft[criterion.id]}
                    problem={problems.get(criterion.id) ?? null}
                    readOnly={readOnly}
                    onChange={(value) => setDraft((current) => ({ ...current, [criterion.id]: value }))}
                  />
                ))}
                <SheetFooter
                  criteria={criteria}
                  draft={draft}
                  judgePoints={stage.judgePoints}
                  readOnly={readOnly}
                  changed={changed}
                  canSave={canSave}
                  saving={save.isPending}
                  error={save.error}
                  hasNext={next !== null}
                  onSave={submit}
                />
              </>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      <ConflictModal
        opened={conflictOpen}
        entryTitle={sheet.entry.title}
        hasScores={sheet.scores.some((s) => s.points !== null)}
        declaring={conflict.isPending}
        error={conflict.error}
        onClose={() => setConflictOpen(false)}
        onConfirm={declare}
      />
      <UnsavedChangesModal blocker={blocker} />
    </Stack>
  );
}
