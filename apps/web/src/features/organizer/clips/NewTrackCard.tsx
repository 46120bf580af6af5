import {
  initiativeTemplate,
  type Contest,
  type InitiativeTemplateKey,
  type TrackCreate,
  type TrackKind,
} from '@contest/contracts';
import { Alert, Button, Card, Group, Radio, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

import { callApi } from '../../../api';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { paths } from '../../../shared/paths';
import { defaultContestId } from '../units/contest-choice';
import { ContestSelect } from '../units/ContestSelect';
import { TemplatePicker } from './TemplatePicker';
import { TrackSettingsFields } from './TrackSettingsFields';
import { asClipDraft, asInitiativeDraft, asTemplateDraft, emptyTrackDraft } from './track-form';
import { useRefreshClips } from './use-clip-tracks';
import { useTrackDraft } from './use-track-draft';

interface NewTrackCardProps {
  contests: readonly Contest[];
  onClose: () => void;
}

/** "Open a new call": a contest, then the call's settings; the api adds one judging stage with a default rubric. */
export function NewTrackCard({ contests, onClose }: NewTrackCardProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const refresh = useRefreshClips();
  const [contestId, setContestId] = useState(() => defaultContestId(contests, Date.now()) ?? contests[0].id);
  const topicsOf = (id: number) => contests.find((contest) => contest.id === id)?.topics ?? [];

  const create = useMutation({
    mutationFn: (body: TrackCreate) => callApi('createTrack', { params: { contestId }, body }),
    onSuccess: (track) => {
      notifications.show({ color: 'teal', message: t('clipsAdmin.create.created', { title: track.title }) });
      void refresh();
      void navigate(paths.trackSettings(track.id));
    },
  });
  const { draft, replaceDraft, update, errorFor, checkNew, hasProblems } = useTrackDraft(
    () => emptyTrackDraft(topicsOf(contestId), new Date()),
    create.error,
    create.reset,
  );

  const kind: TrackKind = draft.initiative ? 'initiative' : 'clip';

  const chooseContest = (id: number) => {
    setContestId(id);
    // A clip call's topics are usually its contest's: follow the contest unless they were changed by hand.
    if (kind === 'clip' && JSON.stringify(draft.topics) === JSON.stringify(topicsOf(contestId)))
      update('topics', topicsOf(id));
  };

  const chooseKind = (next: TrackKind) => {
    if (next === kind) return;
    replaceDraft(next === 'initiative' ? asInitiativeDraft(draft) : asClipDraft(draft, topicsOf(contestId)));
  };

  const chooseTemplate = (key: InitiativeTemplateKey | null) => {
    const template = key ? initiativeTemplate(key) : undefined;
    if (!template) return update('template', null);
    replaceDraft(
      asTemplateDraft(draft, template, {
        name: t(`initiativeAdmin.templates.${template.key}.name`),
        summary: t(`initiativeAdmin.templates.${template.key}.summary`),
      }),
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = checkNew();
    if (body) create.mutate(body);
  };

  return (
    <Card withBorder padding="md" data-testid="new-track">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={3}>{t('clipsAdmin.create.title')}</Title>
          <ContestSelect
            contests={contests}
            value={contestId}
            onChange={chooseContest}
            label={t('clipsAdmin.create.contest')}
          />
          <Radio.Group
            label={t('initiativeAdmin.create.kind')}
            value={kind}
            onChange={(value) => chooseKind(value as TrackKind)}
          >
            <Stack gap="xs" mt={6}>
              {(['clip', 'initiative'] as const).map((option) => (
                <Radio
                  key={option}
                  value={option}
                  label={t(`initiativeAdmin.create.kinds.${option}`)}
                  description={t(`initiativeAdmin.create.kindHints.${option}`)}
                  data-testid={`track-kind-${option}`}
                />
              ))}
            </Stack>
          </Radio.Group>
          {kind === 'initiative' && <TemplatePicker value={draft.template} onChange={chooseTemplate} />}
          <TrackSettingsFields draft={draft} update={update} errorFor={errorFor} creating />
          <Alert variant="light" color="blue">
            {kind !== 'initiative'
              ? t('clipsAdmin.create.stageNote')
              : draft.template
                ? t('initiativeAdmin.create.templateStageNote', {
                    stages: (initiativeTemplate(draft.template)?.stages ?? [])
                      .map((stage) => stage.name)
                      .join(', '),
                  })
                : t('initiativeAdmin.create.stageNote')}
          </Alert>
          {hasProblems && (
            <Alert variant="light" color="red" role="alert">
              {t('clipsAdmin.form.fixProblems')}
            </Alert>
          )}
          {create.isError && <ErrorAlert error={create.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="new-track-submit">
              {t('clipsAdmin.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
