import type { CollectivePrizes } from '@contest/contracts';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { routeUrl } from '../../../api';
import { formatDateTime } from '../../../lib/format';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { LabeledValue } from '../../../shared/LabeledValue';
import { paths } from '../../../shared/paths';
import { MIN_REASON_LENGTH, finaliseRequest } from './standings';
import { useFinaliseCollective } from './use-collective-prizes';

/** Where the collective prizes stand, the way to finalise them (again, with a reason) and the workbook. */
export function CollectiveFinaliseCard({ contestId, data }: { contestId: number; data: CollectivePrizes }) {
  const { t, i18n } = useTranslation();
  const [confirming, confirm] = useDisclosure(false);
  const again = data.finalised !== null;
  const blocker = !data.rule
    ? t('collective.finalise.needsRule')
    : !data.contestOver
      ? t('collective.finalise.notOver', { count: data.rounds })
      : null;

  return (
    <Card withBorder padding="md" data-testid="collective-finalise">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Text fw={600}>{t('collective.finalise.title')}</Text>
          {data.finalised ? (
            <Badge color="teal" variant="light" size="lg" tt="none" data-testid="collective-finalised">
              {t('collective.finalise.finalisedAt', {
                time: formatDateTime(data.finalised.at, i18n.language),
              })}
            </Badge>
          ) : (
            <Badge color="gray" variant="light" size="lg" tt="none">
              {t('collective.finalise.notFinalised')}
            </Badge>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <LabeledValue label={t('collective.finalise.rounds')} value={String(data.rounds)} />
          <LabeledValue
            label={t('collective.finalise.contest')}
            value={t(data.contestOver ? 'collective.finalise.over' : 'collective.finalise.running')}
          />
          <LabeledValue
            label={t('collective.finalise.rule')}
            value={t(
              !data.rule
                ? 'collective.finalise.ruleMissing'
                : data.ruleLocked
                  ? 'collective.finalise.ruleLocked'
                  : 'collective.finalise.ruleOpen',
            )}
          />
        </SimpleGrid>
        {data.finalised && (
          <Stack gap={2}>
            <Text size="sm">{t('collective.finalise.by', { name: data.finalised.byName })}</Text>
            {data.finalised.reason && (
              <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {t('collective.finalise.lastReason', { reason: data.finalised.reason })}
              </Text>
            )}
          </Stack>
        )}
        {blocker && (
          <Text size="sm" c="dimmed" data-testid="collective-finalise-blocker">
            {blocker}
          </Text>
        )}
        <Group gap="sm">
          <Button
            onClick={confirm.open}
            disabled={blocker !== null}
            color={again ? 'orange' : undefined}
            variant={again ? 'light' : 'filled'}
            data-testid="collective-finalise-button"
          >
            {t(again ? 'collective.finalise.again' : 'collective.finalise.first')}
          </Button>
          <Button
            component="a"
            href={routeUrl('collectivePrizesXlsx', { params: { contestId } })}
            download
            variant="default"
            disabled={!data.rule && !data.finalised}
            data-testid="collective-xlsx"
          >
            {t(data.finalised ? 'collective.finalise.xlsxFinal' : 'collective.finalise.xlsxPreview')}
          </Button>
          <Anchor component={Link} to={paths.audit} size="sm">
            {t('collective.finalise.audit')}
          </Anchor>
        </Group>
      </Stack>
      <Modal
        opened={confirming}
        onClose={confirm.close}
        title={t(again ? 'collective.finalise.againTitle' : 'collective.finalise.firstTitle')}
      >
        {/* Mounted only while open, so each opening starts with an empty reason. */}
        {confirming && <FinaliseForm contestId={contestId} again={again} onDone={confirm.close} />}
      </Modal>
    </Card>
  );
}

function FinaliseForm({
  contestId,
  again,
  onDone,
}: {
  contestId: number;
  again: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const finalise = useFinaliseCollective(contestId);
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);

  const submit = () => {
    const request = finaliseRequest(again, reason);
    if (!request.ok) {
      setInvalid(true);
      return;
    }
    finalise.mutate(request.body, { onSuccess: onDone });
  };

  return (
    <Stack gap="md" data-testid="collective-finalise-dialog">
      <List size="sm" spacing="xs">
        <List.Item>{t('collective.finalise.points.compute')}</List.Item>
        <List.Item>{t('collective.finalise.points.keep')}</List.Item>
        <List.Item>
          {t(again ? 'collective.finalise.points.replace' : 'collective.finalise.points.again')}
        </List.Item>
      </List>
      {again && (
        <Textarea
          required
          label={t('collective.finalise.reason')}
          description={t('collective.finalise.reasonHint', { count: MIN_REASON_LENGTH })}
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setInvalid(false);
          }}
          error={invalid ? t('collective.finalise.reasonTooShort', { count: MIN_REASON_LENGTH }) : undefined}
          data-testid="collective-finalise-reason"
        />
      )}
      {finalise.isError && <ErrorAlert error={finalise.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button
          color={again ? 'orange' : undefined}
          loading={finalise.isPending}
          onClick={submit}
          data-testid="collective-finalise-confirm"
        >
          {t(again ? 'collective.finalise.again' : 'collective.finalise.first')}
        </Button>
      </Group>
    </Stack>
  );
}
