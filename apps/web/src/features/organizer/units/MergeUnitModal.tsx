import type { UnitNode } from '@contest/contracts';
import { Alert, Button, Group, List, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { callApi } from '../../../api';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { subtreeIds } from './unit-tree';
import { UnitPicker } from './UnitPicker';
import { useRefreshUnits } from './use-unit-tree';

interface MergeUnitModalProps {
  unit: UnitNode | null;
  units: readonly UnitNode[];
  onClose: () => void;
}

export function MergeUnitModal({ unit, units, onClose }: MergeUnitModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={unit !== null} onClose={onClose} title={t('units.merge.title')} size="lg">
      {unit && <MergeForm key={unit.id} unit={unit} units={units} onDone={onClose} />}
    </Modal>
  );
}

/** Asks where the unit goes and says, before anything moves, what a merge does. */
function MergeForm({
  unit,
  units,
  onDone,
}: {
  unit: UnitNode;
  units: readonly UnitNode[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshUnits();
  const [intoId, setIntoId] = useState<number | null>(null);
  // Into itself or one of its own sub-units would make a loop; the server refuses it too.
  const excluded = useMemo(() => subtreeIds(units, unit.id), [units, unit.id]);
  const into = units.find((candidate) => candidate.id === intoId) ?? null;
  const children = useMemo(
    () => units.filter((child) => child.parentId === unit.id).length,
    [units, unit.id],
  );

  const merge = useMutation({
    mutationFn: (intoUnitId: number) =>
      callApi('mergeUnit', { params: { unitId: unit.id }, body: { intoUnitId } }),
    onSuccess: (result) => {
      notifications.show({
        color: 'teal',
        message: t('units.merge.done', {
          name: result.merged.name,
          into: result.into.name,
          children: result.moved.children,
          accounts: result.moved.accounts,
          roster: result.moved.rosterEntries,
        }),
      });
      void refresh();
      onDone();
    },
  });

  const names = { name: unit.name, into: into?.name ?? t('units.merge.theTarget') };
  return (
    <Stack gap="md" data-testid="merge-dialog">
      <UnitPicker
        units={units}
        excluded={excluded}
        value={intoId}
        onChange={(id) => {
          setIntoId(id);
          merge.reset();
        }}
        label={t('units.merge.into', { name: unit.name })}
        placeholder={t('units.merge.intoPlaceholder')}
        testId="merge-target"
      />
      <Alert color="orange" variant="light" title={t('units.merge.whatHappens')}>
        <List size="sm" spacing={4} style={{ overflowWrap: 'anywhere' }}>
          <List.Item>
            {t('units.merge.points.moves', {
              ...names,
              children,
              accounts: unit.accounts,
              roster: unit.rosterEntriesToMove,
            })}
          </List.Item>
          <List.Item>{t('units.merge.points.history', names)}</List.Item>
          <List.Item>{t('units.merge.points.headcounts', names)}</List.Item>
          <List.Item>{t('units.merge.points.gone', names)}</List.Item>
          <List.Item>{t('units.merge.points.final')}</List.Item>
        </List>
      </Alert>
      {merge.isError && <ErrorAlert error={merge.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button
          color="red"
          disabled={intoId === null}
          loading={merge.isPending}
          onClick={() => intoId !== null && merge.mutate(intoId)}
          data-testid="merge-confirm"
        >
          {t('units.merge.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}
