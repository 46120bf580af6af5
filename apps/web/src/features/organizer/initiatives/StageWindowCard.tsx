import type { Stage, StageWindow } from '@contest/contracts';
import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { callApi, isApiError } from '../../../api';
import { formatDateTime } from '../../../lib/format';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { paths } from '../../../shared/paths';
import { issuesByField } from '../../../shared/server-issues';
import { stageTitle } from '../common/stage-title';
import { useRefreshClips } from '../clips/use-clip-tracks';
import { StageMembers } from './StageMembers';
import {
  stageWindowToDraft,
  validateStageWindow,
  type StageWindowDraft,
  type StageWindowField,
} from './stage-window-form';

type UnscoredKind = Exclude<Stage['kind'], 'judged' | 'live_final'>;

const FIELD_BY_PATH: Readonly<Record<string, StageWindowField>> = {
  name: 'name',
  opensAt: 'opensAt',
  closesAt: 'closesAt',
};

/**
 * A stage that scores nothing: the units' pre-screening (its close is the units' deadline) or the
 * organizer's screening. Only its name and window are set here; what it holds is worked on its own page.
 */
export function StageWindowCard({ stage }: { stage: Stage & { kind: UnscoredKind } }) {
  const { t, i18n } = useTranslation();
  const refresh = useRefreshClips();
  const [draft, setDraft] = useState(() => stageWindowToDraft(stage));
  const [problems, setProblems] = useState<StageWindowField[]>([]);
  const kind = stage.kind;
  const locked = stage.lockedAt !== null;

  const save = useMutation({
    mutationFn: (body: StageWindow) => callApi('updateStageWindow', { params: { stageId: stage.id }, body }),
    onSuccess: (saved) => {
      notifications.show({ color: 'teal', message: t('initiativeAdmin.stage.saved', { name: saved.name }) });
      void refresh();
    },
  });

  const serverErrors = isApiError(save.error) ? issuesByField(save.error.issues, FIELD_BY_PATH) : {};
  const errorFor = (field: StageWindowField) =>
    problems.includes(field) ? t(`initiativeAdmin.stage.errors.${kind}.${field}`) : serverErrors[field];
  const update = (key: keyof StageWindowDraft, value: string) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setProblems([]);
    save.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validateStageWindow(draft, stage, kind === 'unit_review');
    if (result.ok) save.mutate(result.window);
    else setProblems(result.problems);
  };

  return (
    <Card withBorder padding="md" data-testid="stage-window" data-stage-id={stage.id} data-stage-kind={kind}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Group justify="space-between" align="flex-start" gap="xs">
            <Stack gap={4} style={{ flex: '1 1 260px', minWidth: 0 }}>
              <Group gap="xs">
                <Title order={3} style={{ overflowWrap: 'anywhere' }} data-testid="stage-title">
                  {stageTitle(t('clipsAdmin.stage.place', { position: stage.position }), stage.name)}
                </Title>
                <Badge variant="light" color={kind === 'unit_review' ? 'grape' : 'indigo'} tt="none">
                  {t(`initiativeAdmin.stage.kind.${kind}`)}
                </Badge>
                <StageMembers stage={stage} />
              </Group>
              <Text size="sm" c="dimmed">
                {t(`initiativeAdmin.stage.hint.${kind}`)}
              </Text>
            </Stack>
            <Group gap="xs">
              {kind === 'unit_review' ? (
                <Button component={Link} to={paths.quotas(stage.trackId)} variant="light" size="xs">
                  {t('initiativeAdmin.links.quotas')}
                </Button>
              ) : (
                <>
                  <Button component={Link} to={paths.screening(stage.trackId)} variant="light" size="xs">
                    {t('clipsAdmin.links.screening')}
                  </Button>
                  <Button component={Link} to={paths.originality(stage.trackId)} variant="default" size="xs">
                    {t('initiativeAdmin.links.originality')}
                  </Button>
                </>
              )}
            </Group>
          </Group>
          {locked && (
            <Alert variant="light" color="orange" data-testid="stage-locked-note">
              {t('clipsAdmin.stage.lockedNote.locked', {
                at: formatDateTime(stage.lockedAt ?? '', i18n.language),
              })}
            </Alert>
          )}
          <TextInput
            required
            label={t('initiativeAdmin.stage.name')}
            value={draft.name}
            maxLength={120}
            disabled={locked}
            onChange={(event) => update('name', event.currentTarget.value)}
            error={errorFor('name')}
            maw={520}
            data-testid="stage-window-name"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              type="datetime-local"
              label={t(`initiativeAdmin.stage.opensAt.${kind}`)}
              description={t(`initiativeAdmin.stage.opensAtHint.${kind}`)}
              value={draft.opensAt}
              disabled={locked}
              onChange={(event) => update('opensAt', event.currentTarget.value)}
              error={errorFor('opensAt')}
              data-testid="stage-window-opensAt"
            />
            <TextInput
              type="datetime-local"
              required={kind === 'unit_review'}
              label={t(`initiativeAdmin.stage.closesAt.${kind}`)}
              description={t(`initiativeAdmin.stage.closesAtHint.${kind}`)}
              value={draft.closesAt}
              disabled={locked}
              onChange={(event) => update('closesAt', event.currentTarget.value)}
              error={errorFor('closesAt')}
              data-testid={kind === 'unit_review' ? 'unit-deadline' : 'stage-window-closesAt'}
            />
          </SimpleGrid>
          {save.isError && <ErrorAlert error={save.error} />}
          {!locked && (
            <Group justify="flex-end">
              <Button type="submit" loading={save.isPending} data-testid="stage-window-save">
                {t('initiativeAdmin.stage.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Card>
  );
}
