import { stageCreateSchema, type Stage, type StageCreate } from '@contest/contracts';
import { Button, Card, Group, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { callApi } from '../../../api';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { stageTitle } from '../common/stage-title';
import { useRefreshClips } from './use-clip-tracks';

/**
 * "Add a stage" after the last one: its name and whether judges score at their own pace or in a
 * hall's live final; its rubric (and a final's parts) and dates are set on its own card.
 */
export function AddStageForm({ trackId, stages }: { trackId: number; stages: readonly Stage[] }) {
  const { t } = useTranslation();
  const refresh = useRefreshClips();
  const last = stages[stages.length - 1];
  const [name, setName] = useState(() => t('clipsAdmin.stage.place', { position: stages.length + 1 }));
  const [kind, setKind] = useState<StageCreate['kind']>('judged');
  const [invalid, setInvalid] = useState(false);

  const add = useMutation({
    mutationFn: (body: StageCreate) => callApi('addStage', { params: { trackId }, body }),
    onSuccess: (stage) => {
      notifications.show({ color: 'teal', message: t('clipsAdmin.addStage.added', { name: stage.name }) });
      void refresh();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = stageCreateSchema.safeParse({ name, kind });
    setInvalid(!parsed.success);
    if (parsed.success) add.mutate(parsed.data);
  };

  return (
    <Card withBorder padding="md" data-testid="add-stage">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Stack gap={2}>
            <Title order={3}>{t('clipsAdmin.addStage.title')}</Title>
            {last && (
              <Text size="sm" c="dimmed">
                {t('clipsAdmin.addStage.hint', {
                  last: stageTitle(t('clipsAdmin.stage.place', { position: last.position }), last.name),
                })}
              </Text>
            )}
          </Stack>
          {/* Radios, not a segmented control: the choices are sentences, and wrap on a phone. */}
          <Radio.Group
            label={t('clipsAdmin.addStage.kind')}
            value={kind}
            onChange={(value) => {
              setKind(value === 'live_final' ? 'live_final' : 'judged');
              add.reset();
            }}
            data-testid="add-stage-kind"
          >
            <Stack gap={6} mt={6}>
              <Radio value="judged" label={t('clipsAdmin.addStage.kindJudged')} />
              <Radio
                value="live_final"
                label={t('clipsAdmin.addStage.kindLive')}
                description={t('clipsAdmin.addStage.kindLiveHint')}
              />
            </Stack>
          </Radio.Group>
          <Group align="flex-start" gap="sm">
            <TextInput
              required
              label={t('clipsAdmin.addStage.name')}
              value={name}
              maxLength={120}
              onChange={(event) => {
                setName(event.currentTarget.value);
                setInvalid(false);
                add.reset();
              }}
              error={invalid ? t('clipsAdmin.stage.errors.name') : undefined}
              style={{ flex: '1 1 240px', maxWidth: 520 }}
              data-testid="add-stage-name"
            />
            <Button
              type="submit"
              loading={add.isPending}
              mt={{ base: 0, xs: 25 }}
              data-testid="add-stage-submit"
            >
              {t('clipsAdmin.addStage.submit')}
            </Button>
          </Group>
          {add.isError && <ErrorAlert error={add.error} />}
        </Stack>
      </form>
    </Card>
  );
}
