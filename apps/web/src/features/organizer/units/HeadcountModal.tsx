import type { UnitNode } from '@contest/contracts';
import { Button, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { callApi } from '../../../api';
import { formatNumber } from '../../../lib/format';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { asCount } from '../common/quotas';
import { checkHeadcount } from './unit-form';
import { useRefreshUnits } from './use-unit-tree';

interface HeadcountModalProps {
  unit: UnitNode | null;
  contestId: number;
  contestName: string;
  onClose: () => void;
}

/** A unit's own headcount for one contest: the people it is expected to send. */
export function HeadcountModal({ unit, contestId, contestName, onClose }: HeadcountModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={unit !== null} onClose={onClose} title={t('units.headcount.title')}>
      {unit && (
        <HeadcountForm
          key={unit.id}
          unit={unit}
          contestId={contestId}
          contestName={contestName}
          onDone={onClose}
        />
      )}
    </Modal>
  );
}

function HeadcountForm({
  unit,
  contestId,
  contestName,
  onDone,
}: {
  unit: UnitNode;
  contestId: number;
  contestName: string;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const refresh = useRefreshUnits();
  const [value, setValue] = useState<number | ''>(unit.headcount ?? '');
  const [invalid, setInvalid] = useState(false);
  const save = useMutation({
    mutationFn: (headcount: number) =>
      callApi('setUnitHeadcount', { params: { unitId: unit.id }, body: { contestId, headcount } }),
    onSuccess: (saved) => {
      notifications.show({
        color: 'teal',
        message: t('units.headcount.saved', {
          name: saved.name,
          headcount: formatNumber(saved.headcount ?? 0, i18n.language),
        }),
      });
      void refresh();
      onDone();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const headcount = checkHeadcount(value, contestId);
    if (headcount === null) setInvalid(true);
    else save.mutate(headcount);
  };

  return (
    <form onSubmit={submit} noValidate data-testid="headcount-form">
      <Stack gap="sm">
        <Text size="sm">{t('units.headcount.explain', { name: unit.name, contest: contestName })}</Text>
        <NumberInput
          data-autofocus
          label={t('units.headcount.label')}
          min={0}
          max={1_000_000}
          allowDecimal={false}
          allowNegative={false}
          value={value}
          onChange={(next) => {
            setValue(asCount(next));
            setInvalid(false);
            if (save.isError) save.reset();
          }}
          error={invalid ? t('units.form.errors.headcount') : undefined}
          data-testid="headcount-input"
        />
        {save.isError && <ErrorAlert error={save.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="headcount-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
