import type { StageResults } from '@contest/contracts';
import { Alert, Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { formatDateTime } from '../../../lib/format';
import { LabeledValue } from '../../../shared/LabeledValue';
import { paths } from '../../../shared/paths';
import { PointsConfirmDialog } from '../common/PointsConfirmDialog';
import { useLockStage, usePublishStage } from './use-stage-admin';

/** Lock, then publish: the two steps after judging, each asked for, and the public pages once published. */
export function StageResultsActions({ data }: { data: StageResults }) {
  const { t, i18n } = useTranslation();
  const { stage, track } = data;
  const time = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : '—');
  return (
    <Card withBorder padding="md" data-testid="stage-results-actions">
      <Stack gap="sm">
        <Text fw={600}>{t('judgingAdmin.steps.title')}</Text>
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" verticalSpacing="xs">
          <LabeledValue
            label={t('judgingAdmin.steps.sheets')}
            value={
              data.incomplete > 0
                ? t('judgingAdmin.steps.incomplete', { count: data.incomplete })
                : t('judgingAdmin.steps.allScored')
            }
          />
          <LabeledValue label={t('judgingAdmin.steps.lockedAt')} value={time(stage.lockedAt)} />
          <LabeledValue label={t('judgingAdmin.steps.publishedAt')} value={time(stage.publishedAt)} />
        </SimpleGrid>
        {stage.publishedAt ? (
          <Stack gap={4} data-testid="stage-published">
            <Text size="sm">{t('judgingAdmin.steps.publishedHint')}</Text>
            <Group gap="md">
              <Anchor
                component={Link}
                to={paths.gallery(track.id)}
                size="sm"
                data-testid="public-gallery-link"
              >
                {t('judgingAdmin.steps.gallery')}
              </Anchor>
              <Anchor
                component={Link}
                to={paths.galleryRanking(stage.id)}
                size="sm"
                data-testid="public-ranking-link"
              >
                {t('judgingAdmin.steps.ranking')}
              </Anchor>
            </Group>
          </Stack>
        ) : stage.lockedAt ? (
          <PublishStep data={data} />
        ) : (
          <LockStep data={data} />
        )}
      </Stack>
    </Card>
  );
}

function LockStep({ data }: { data: StageResults }) {
  const { t } = useTranslation();
  const [opened, dialog] = useDisclosure(false);
  return (
    <Stack gap="xs" align="flex-start">
      <Text size="sm" c="dimmed">
        {t('judgingAdmin.lock.hint')}
      </Text>
      <Button color="orange" onClick={dialog.open} data-testid="lock-button">
        {t('judgingAdmin.lock.button')}
      </Button>
      {/* Mounted only while open, so each opening starts with an empty note and no old refusal. */}
      {opened && <LockDialog data={data} onClose={dialog.close} />}
    </Stack>
  );
}

function LockDialog({ data, onClose }: { data: StageResults; onClose: () => void }) {
  const { t } = useTranslation();
  const lock = useLockStage(data.stage.id);
  const [reason, setReason] = useState('');
  const points = [
    t('judgingAdmin.lock.points.scores'),
    t('judgingAdmin.lock.points.votes'),
    t('judgingAdmin.lock.points.judges'),
    t('judgingAdmin.lock.points.final'),
  ];
  return (
    <PointsConfirmDialog
      opened
      onClose={onClose}
      title={t('judgingAdmin.lock.title')}
      points={points}
      confirmLabel={t('judgingAdmin.lock.confirm')}
      confirmColor="orange"
      onConfirm={() => lock.mutate({ reason: reason.trim() || null }, { onSuccess: onClose })}
      pending={lock.isPending}
      error={lock.error}
      testId="lock-dialog"
    >
      {data.incomplete > 0 && (
        <Alert color="yellow" variant="light" data-testid="lock-incomplete">
          {t('judgingAdmin.lock.incomplete', { count: data.incomplete })}
        </Alert>
      )}
      <Textarea
        label={t('judgingAdmin.lock.reason')}
        description={t('judgingAdmin.lock.reasonHint')}
        autosize
        minRows={2}
        maxLength={500}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        data-testid="lock-reason"
      />
    </PointsConfirmDialog>
  );
}

function PublishStep({ data }: { data: StageResults }) {
  const { t } = useTranslation();
  const [opened, dialog] = useDisclosure(false);
  return (
    <Stack gap="xs" align="flex-start">
      <Text size="sm" c="dimmed">
        {t('judgingAdmin.publish.hint')}
      </Text>
      <Button onClick={dialog.open} data-testid="publish-button">
        {t('judgingAdmin.publish.button')}
      </Button>
      {opened && <PublishDialog stageId={data.stage.id} onClose={dialog.close} />}
    </Stack>
  );
}

function PublishDialog({ stageId, onClose }: { stageId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const publish = usePublishStage(stageId);
  const points = [
    t('judgingAdmin.publish.points.frozen'),
    t('judgingAdmin.publish.points.gallery'),
    t('judgingAdmin.publish.points.sheets'),
  ];
  return (
    <PointsConfirmDialog
      opened
      onClose={onClose}
      title={t('judgingAdmin.publish.title')}
      points={points}
      confirmLabel={t('judgingAdmin.publish.confirm')}
      onConfirm={() => publish.mutate(undefined, { onSuccess: onClose })}
      pending={publish.isPending}
      error={publish.error}
      testId="publish-dialog"
    />
  );
}
