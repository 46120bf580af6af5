import type { Stage, StageSettings } from '@contest/contracts';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Divider,
  Fieldset,
  Group,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { callApi, isApiError } from '../../../api';
import { formatDateTime, formatDecimal } from '../../../lib/format';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { paths } from '../../../shared/paths';
import { issuesByField } from '../../../shared/server-issues';
import { asCount } from '../common/quotas';
import { stageTitle } from '../common/stage-title';
import { AggregationField } from './AggregationField';
import { LiveFinalBadge, StagePhaseBadge } from './ClipBadges';
import { CriteriaEditor } from './CriteriaEditor';
import { PartsEditor } from './PartsEditor';
import { EntryTieBreakInput } from './EntryTieBreakInput';
import { StageMembers } from '../initiatives/StageMembers';
import { StagePrizesInput } from './StagePrizesInput';
import classes from './FixedFields.module.css';
import { StageLinks } from './TrackLinks';
import {
  STAGE_FIELD_BY_PATH,
  criteriaSum,
  stageEditability,
  stageProblem,
  stageToDraft,
  validateStageDraft,
  type StageDraft,
  type StageField,
} from './stage-form';
import { useAssignmentBoard, useRefreshClips } from './use-clip-tracks';

interface StageSettingsCardProps {
  stage: Stage;
  /** The judged stage before this one, whose results feed it. */
  previous?: Stage;
  /** On an initiative track: authors may be let add material while the stage runs. */
  initiative?: boolean;
}

/**
 * One judging stage: rubric, aggregation method, public votes, tie-breaks and prizes; a live
 * final's rubric is divided into the parts teams perform in the hall.
 */
export function StageSettingsCard({ stage, previous, initiative = false }: StageSettingsCardProps) {
  const { t, i18n } = useTranslation();
  const titleOf = (s: Stage) => stageTitle(t('clipsAdmin.stage.place', { position: s.position }), s.name);
  const refresh = useRefreshClips();
  const board = useAssignmentBoard(stage.id);
  const [draft, setDraft] = useState(() => stageToDraft(stage));
  const [problems, setProblems] = useState<StageField[]>([]);
  const editable = stageEditability(stage.phase);

  const save = useMutation({
    mutationFn: (body: StageSettings) => callApi('updateStage', { params: { stageId: stage.id }, body }),
    onSuccess: (saved) => {
      notifications.show({ color: 'teal', message: t('clipsAdmin.stage.saved', { name: saved.name }) });
      void refresh();
    },
  });

  const serverErrors = isApiError(save.error) ? issuesByField(save.error.issues, STAGE_FIELD_BY_PATH) : {};
  const errorFor = (field: StageField) =>
    problems.includes(field) ? t(`clipsAdmin.stage.errors.${stageProblem(field)}`) : serverErrors[field];
  const update = <K extends keyof StageDraft>(key: K, value: StageDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setProblems([]);
    save.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validateStageDraft(draft, stage);
    if (result.ok) save.mutate(result.settings);
    else setProblems(result.problems);
  };

  const judgePoints = criteriaSum(draft.criteria);
  const votePoints = draft.votePoints === '' ? 0 : draft.votePoints;
  const decimal = i18n.language === 'en' ? '.' : ',';

  return (
    <Card withBorder padding="md" data-testid="stage-settings" data-stage-id={stage.id}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Group justify="space-between" align="flex-start" gap="xs">
            <Stack gap={2}>
              <Group gap="xs">
                <Title order={3} style={{ overflowWrap: 'anywhere' }} data-testid="stage-title">
                  {titleOf(stage)}
                </Title>
                <StagePhaseBadge phase={stage.phase} />
                {stage.kind === 'live_final' && <LiveFinalBadge />}
                <StageMembers stage={stage} />
              </Group>
              <Text size="sm" c="dimmed">
                {t('clipsAdmin.stage.headingHint')}
              </Text>
              {previous && (
                <Text size="sm" c="dimmed" data-testid="stage-later-hint">
                  {t('clipsAdmin.stage.laterHint', { previous: titleOf(previous) })}
                </Text>
              )}
            </Stack>
            <StageLinks stage={stage} />
          </Group>
          {!editable.settings ? (
            <Alert variant="light" color="orange" data-testid="stage-locked-note">
              {t(`clipsAdmin.stage.lockedNote.${stage.phase === 'published' ? 'published' : 'locked'}`, {
                at: formatDateTime(stage.publishedAt ?? stage.lockedAt ?? '', i18n.language),
              })}
            </Alert>
          ) : (
            !editable.rubric && (
              <Alert variant="light" color="yellow" data-testid="stage-rubric-note">
                {t('clipsAdmin.stage.rubricFixedNote', {
                  at: formatDateTime(stage.judgingStartedAt ?? '', i18n.language),
                })}
              </Alert>
            )
          )}
          <Fieldset variant="unstyled" disabled={!editable.settings} className={classes.fixed}>
            <Stack gap="lg">
              <TextInput
                required
                label={t('clipsAdmin.stage.name')}
                value={draft.name}
                maxLength={120}
                onChange={(event) => update('name', event.currentTarget.value)}
                error={errorFor('name')}
                maw={520}
                data-testid="stage-name"
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <TextInput
                  type="datetime-local"
                  label={t('clipsAdmin.stage.opensAt')}
                  description={t('clipsAdmin.stage.opensAtHint')}
                  value={draft.opensAt}
                  onChange={(event) => update('opensAt', event.currentTarget.value)}
                  error={errorFor('opensAt')}
                  data-testid="stage-opensAt"
                />
                <TextInput
                  type="datetime-local"
                  label={t('clipsAdmin.stage.closesAt')}
                  description={t('clipsAdmin.stage.closesAtHint')}
                  value={draft.closesAt}
                  onChange={(event) => update('closesAt', event.currentTarget.value)}
                  error={errorFor('closesAt')}
                  data-testid="stage-closesAt"
                />
              </SimpleGrid>
              {initiative && (
                <Switch
                  label={t('initiativeAdmin.stage.allowsMaterial')}
                  description={t('initiativeAdmin.stage.allowsMaterialHint')}
                  checked={draft.allowsMaterial}
                  onChange={(event) => update('allowsMaterial', event.currentTarget.checked)}
                  data-testid="stage-allowsMaterial"
                />
              )}
              {draft.live && (
                <PartsEditor
                  parts={draft.parts}
                  criteria={draft.criteria}
                  onChange={(both) => {
                    setDraft((current) => ({ ...current, ...both }));
                    setProblems([]);
                    save.reset();
                  }}
                  disabled={!editable.rubric}
                  errorFor={errorFor}
                />
              )}
              <CriteriaEditor
                value={draft.criteria}
                onChange={(criteria) => update('criteria', criteria)}
                disabled={!editable.rubric}
                errorFor={errorFor}
                parts={draft.live ? draft.parts : undefined}
              />
              <AggregationField
                value={draft.aggregation}
                onChange={(aggregation) => update('aggregation', aggregation)}
                disabled={!editable.rubric}
                methods={board.data?.methods}
                error={errorFor('aggregation')}
              />
              <NumberInput
                required
                label={t('clipsAdmin.stage.judgesPerEntry')}
                description={t('clipsAdmin.stage.judgesPerEntryHint')}
                min={1}
                max={50}
                allowDecimal={false}
                allowNegative={false}
                value={draft.judgesPerEntry}
                onChange={(value) => update('judgesPerEntry', asCount(value))}
                error={errorFor('judgesPerEntry')}
                maw={320}
                data-testid="stage-judgesPerEntry"
              />
              <Divider />
              <Stack gap="sm">
                <NumberInput
                  required
                  label={t('clipsAdmin.stage.votePoints')}
                  description={t('clipsAdmin.stage.votePointsHint')}
                  min={0}
                  max={1000}
                  decimalScale={2}
                  decimalSeparator={decimal}
                  allowNegative={false}
                  value={draft.votePoints}
                  onChange={(value) => update('votePoints', asCount(value))}
                  error={errorFor('votePoints')}
                  maw={520}
                  data-testid="stage-votePoints"
                />
                {votePoints > 0 && (
                  <Radio.Group
                    label={t('clipsAdmin.stage.publicSource')}
                    value={draft.publicSource}
                    onChange={(value) => update('publicSource', value as StageDraft['publicSource'])}
                    data-testid="stage-publicSource"
                  >
                    <Stack gap={6} mt={6}>
                      <Radio value="votes" label={t('clipsAdmin.stage.publicSourceVotes')} />
                      <Radio value="counts" label={t('clipsAdmin.stage.publicSourceCounts')} />
                    </Stack>
                  </Radio.Group>
                )}
                {votePoints > 0 && draft.publicSource === 'counts' && (
                  <Text size="sm" c="dimmed">
                    {t('clipsAdmin.stage.publicSourceCountsHint')}{' '}
                    <Anchor component={Link} to={paths.interactions(stage.id)}>
                      {t('clipsAdmin.stage.publicSourceCountsLink')}
                    </Anchor>
                  </Text>
                )}
                {votePoints > 0 && draft.publicSource === 'votes' && (
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                    <TextInput
                      required
                      type="datetime-local"
                      label={t('clipsAdmin.stage.votesOpenAt')}
                      description={t('clipsAdmin.vnTimeHint')}
                      value={draft.votesOpenAt}
                      onChange={(event) => update('votesOpenAt', event.currentTarget.value)}
                      error={errorFor('votesOpenAt')}
                      data-testid="stage-votesOpenAt"
                    />
                    <TextInput
                      required
                      type="datetime-local"
                      label={t('clipsAdmin.stage.votesCloseAt')}
                      description={t('clipsAdmin.vnTimeHint')}
                      value={draft.votesCloseAt}
                      onChange={(event) => update('votesCloseAt', event.currentTarget.value)}
                      error={errorFor('votesCloseAt')}
                      data-testid="stage-votesCloseAt"
                    />
                  </SimpleGrid>
                )}
                {votePoints > 0 && draft.publicSource === 'votes' && (
                  <Stack gap="sm" data-testid="stage-vote-policy">
                    {/* Radios, not a segmented control: the two choices are sentences, and wrap on a phone. */}
                    <Radio.Group
                      label={t('clipsAdmin.stage.voters')}
                      value={draft.voters}
                      onChange={(value) => update('voters', value as StageDraft['voters'])}
                      data-testid="stage-voters"
                    >
                      <Stack gap={6} mt={6}>
                        <Radio value="registered" label={t('clipsAdmin.stage.votersRegistered')} />
                        <Radio value="rostered" label={t('clipsAdmin.stage.votersRostered')} />
                      </Stack>
                    </Radio.Group>
                    <Switch
                      label={t('clipsAdmin.stage.votesExcludeOwnUnit')}
                      description={t('clipsAdmin.stage.votesExcludeOwnUnitHint')}
                      checked={draft.votesExcludeOwnUnit}
                      onChange={(event) => update('votesExcludeOwnUnit', event.currentTarget.checked)}
                      data-testid="stage-votesExcludeOwnUnit"
                    />
                    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                      <NumberInput
                        label={t('clipsAdmin.stage.votesPerAccount')}
                        description={t('clipsAdmin.stage.votesPerAccountHint')}
                        min={1}
                        max={1000}
                        allowDecimal={false}
                        allowNegative={false}
                        value={draft.votesPerAccount}
                        onChange={(value) => update('votesPerAccount', asCount(value))}
                        error={errorFor('votesPerAccount')}
                        data-testid="stage-votesPerAccount"
                      />
                      <NumberInput
                        required
                        label={t('clipsAdmin.stage.votesPerIpPerHour')}
                        description={t('clipsAdmin.stage.votesPerIpPerHourHint')}
                        min={1}
                        max={100000}
                        allowDecimal={false}
                        allowNegative={false}
                        value={draft.votesPerIpPerHour}
                        onChange={(value) => update('votesPerIpPerHour', asCount(value))}
                        error={errorFor('votesPerIpPerHour')}
                        data-testid="stage-votesPerIpPerHour"
                      />
                    </SimpleGrid>
                  </Stack>
                )}
                <Text size="sm" fw={500} data-testid="stage-total">
                  {t('clipsAdmin.stage.total', {
                    judges: formatDecimal(judgePoints, i18n.language),
                    votes: formatDecimal(votePoints, i18n.language),
                    total: formatDecimal(judgePoints + votePoints, i18n.language),
                  })}
                </Text>
              </Stack>
              <Divider />
              <EntryTieBreakInput
                value={draft.tieBreaks}
                onChange={(tieBreaks) => update('tieBreaks', tieBreaks)}
                disabled={!editable.settings}
                error={errorFor('tieBreaks')}
              />
              {/* An initiative call's prizes go by its combined total: they are set for the track, not a stage. */}
              {initiative && draft.prizes.length === 0 ? (
                <Text size="sm" c="dimmed" data-testid="stage-prizes-on-track">
                  {t('initiativeAdmin.stage.prizesOnTrack')}{' '}
                  <Anchor component={Link} to={paths.awards(stage.trackId)} size="sm">
                    {t('initiativeAdmin.stage.prizesOnTrackLink')}
                  </Anchor>
                </Text>
              ) : (
                <StagePrizesInput
                  value={draft.prizes}
                  onChange={(prizes) => update('prizes', prizes)}
                  disabled={!editable.settings}
                  errorFor={errorFor}
                />
              )}
            </Stack>
          </Fieldset>
          {problems.length > 0 && (
            <Alert variant="light" color="red" role="alert">
              {t('clipsAdmin.form.fixProblems')}
            </Alert>
          )}
          {save.isError && <ErrorAlert error={save.error} />}
          {editable.settings && (
            <Group justify="flex-end">
              <Button type="submit" loading={save.isPending} data-testid="stage-save">
                {t('clipsAdmin.stage.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Card>
  );
}
