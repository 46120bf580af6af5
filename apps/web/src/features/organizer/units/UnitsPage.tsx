import type { Contest, UnitNode } from '@contest/contracts';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorState } from '../../../shared/ErrorState';
import { PageLoader } from '../../../shared/PageLoader';
import { ContestSelect } from './ContestSelect';
import { HeadcountModal } from './HeadcountModal';
import { MergedUnitsList } from './MergedUnitsList';
import { MergeUnitModal } from './MergeUnitModal';
import { UnitAdminsModal } from './UnitAdminsModal';
import type { UnitAction } from './UnitActions';
import { UnitFormModal, type UnitFormTarget } from './UnitFormModal';
import { UnitImportPanel } from './UnitImportPanel';
import { UnitTree } from './UnitTree';
import { useChosenContest } from './use-chosen-contest';
import { useUnitTree } from './use-unit-tree';

export function UnitsPage() {
  const { t } = useTranslation();
  const { contests, contest, chooseContest } = useChosenContest();
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2}>{t('units.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('units.subtitle')}
        </Text>
      </Stack>
      {contests.isPending ? (
        <PageLoader />
      ) : contests.isError ? (
        <ErrorState error={contests.error} onRetry={() => void contests.refetch()} />
      ) : contest === null ? (
        <Text c="dimmed">{t('organizer.contests.empty')}</Text>
      ) : (
        <UnitsOfContest
          contest={contest}
          contestPicker={
            <ContestSelect
              contests={contests.data.items}
              value={contest.id}
              onChange={chooseContest}
              label={t('units.contest')}
            />
          }
        />
      )}
    </Stack>
  );
}

type Dialog =
  | { kind: 'form'; target: UnitFormTarget }
  | { kind: 'headcount'; unit: UnitNode }
  | { kind: 'merge'; unit: UnitNode }
  | { kind: 'admins'; unit: UnitNode }
  | null;

function UnitsOfContest({ contest, contestPicker }: { contest: Contest; contestPicker: ReactNode }) {
  const { t } = useTranslation();
  const tree = useUnitTree(contest.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  const act = (action: UnitAction, unit: UnitNode) => {
    if (action === 'addChild') setDialog({ kind: 'form', target: { mode: 'create', parent: unit } });
    else if (action === 'edit') setDialog({ kind: 'form', target: { mode: 'edit', unit } });
    else setDialog({ kind: action, unit });
  };
  // Dialogs show the unit as the tree has it now, not as it was when they opened.
  const current = (unit: UnitNode) => tree.data?.units.find((u) => u.id === unit.id) ?? unit;

  const header = (
    <Group justify="space-between" align="flex-end" gap="sm">
      {contestPicker}
      <Button
        onClick={() => setDialog({ kind: 'form', target: { mode: 'create', parent: null } })}
        disabled={!tree.data}
        data-testid="unit-add"
      >
        {t('units.add')}
      </Button>
    </Group>
  );
  if (tree.isPending || tree.isError)
    return (
      <Stack gap="md">
        {header}
        {tree.isPending ? (
          <PageLoader />
        ) : (
          <ErrorState error={tree.error} onRetry={() => void tree.refetch()} />
        )}
      </Stack>
    );
  const { units, merged } = tree.data;
  return (
    <Stack gap="md">
      {header}
      <UnitTree units={units} onAction={act} />
      <UnitImportPanel contestId={contest.id} contestName={contest.name} />
      <MergedUnitsList merged={merged} units={units} />

      <UnitFormModal
        target={dialog?.kind === 'form' ? dialog.target : null}
        units={units}
        contestId={contest.id}
        contestName={contest.name}
        onClose={close}
      />
      <HeadcountModal
        unit={dialog?.kind === 'headcount' ? current(dialog.unit) : null}
        contestId={contest.id}
        contestName={contest.name}
        onClose={close}
      />
      <MergeUnitModal
        unit={dialog?.kind === 'merge' ? current(dialog.unit) : null}
        units={units}
        onClose={close}
      />
      <UnitAdminsModal unit={dialog?.kind === 'admins' ? current(dialog.unit) : null} onClose={close} />
    </Stack>
  );
}
