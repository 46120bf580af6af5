import type { UnitCreate, UnitLevel, UnitNode, UnitUpdate } from '@contest/contracts';
import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { callApi, isApiError } from '../../../api';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { issuesByField } from '../../../shared/server-issues';
import { asCount } from '../common/quotas';
import {
  UNIT_FIELD_BY_PATH,
  checkNewUnit,
  checkUnitUpdate,
  emptyUnitForm,
  unitFormOf,
  type UnitField,
  type UnitFormValues,
} from './unit-form';
import { subtreeIds } from './unit-tree';
import { UnitPicker } from './UnitPicker';
import { useLevelOptions } from './use-level-options';
import { useRefreshUnits } from './use-unit-tree';

type UnitChange = { kind: 'create'; body: UnitCreate } | { kind: 'update'; unitId: number; body: UnitUpdate };

/** A new unit (under a parent, or at the top), or a change to one. */
export type UnitFormTarget = { mode: 'create'; parent: UnitNode | null } | { mode: 'edit'; unit: UnitNode };

interface UnitFormModalProps {
  target: UnitFormTarget | null;
  units: readonly UnitNode[];
  contestId: number;
  contestName: string;
  onClose: () => void;
}

export function UnitFormModal({ target, units, contestId, contestName, onClose }: UnitFormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={t(target?.mode === 'edit' ? 'units.form.editTitle' : 'units.form.createTitle')}
      size="lg"
    >
      {target && (
        <UnitForm
          key={target.mode === 'edit' ? target.unit.id : `new-${target.parent?.id ?? 'top'}`}
          target={target}
          units={units}
          contestId={contestId}
          contestName={contestName}
          onDone={onClose}
        />
      )}
    </Modal>
  );
}

function UnitForm({
  target,
  units,
  contestId,
  contestName,
  onDone,
}: {
  target: UnitFormTarget;
  units: readonly UnitNode[];
  contestId: number;
  contestName: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshUnits();
  const levels = useLevelOptions();
  const editing = target.mode === 'edit' ? target.unit : null;
  const [form, setForm] = useState<UnitFormValues>(() =>
    editing ? unitFormOf(editing) : emptyUnitForm(target.mode === 'create' ? target.parent : null),
  );
  const [problems, setProblems] = useState<UnitField[]>([]);
  // A unit cannot move under itself or one of its own sub-units.
  const excluded = useMemo(
    () => (editing ? subtreeIds(units, editing.id) : new Set<number>()),
    [units, editing],
  );

  const save = useMutation({
    mutationFn: (change: UnitChange) =>
      change.kind === 'create'
        ? callApi('createUnit', { body: change.body })
        : callApi('updateUnit', { params: { unitId: change.unitId }, body: change.body }),
    onSuccess: (unit) => {
      notifications.show({
        color: 'teal',
        message: t(editing ? 'units.form.saved' : 'units.form.created', { name: unit.name }),
      });
      void refresh();
      onDone();
    },
  });

  const serverErrors = isApiError(save.error) ? issuesByField(save.error.issues, UNIT_FIELD_BY_PATH) : {};
  const errorFor = (field: UnitField) =>
    problems.includes(field) ? t(`units.form.errors.${field}`) : serverErrors[field];
  const update = <K extends keyof UnitFormValues>(key: K, value: UnitFormValues[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    setProblems([]);
    if (save.isError) save.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (editing) {
      const checked = checkUnitUpdate(editing, form);
      if (checked === null) onDone();
      else if (checked.ok) save.mutate({ kind: 'update', unitId: editing.id, body: checked.body });
      else setProblems(checked.problems);
    } else {
      const checked = checkNewUnit(form, contestId);
      if (checked.ok) save.mutate({ kind: 'create', body: checked.body });
      else setProblems(checked.problems);
    }
  };

  return (
    <form onSubmit={submit} noValidate data-testid="unit-form">
      <Stack gap="sm">
        <UnitPicker
          units={units}
          excluded={excluded}
          value={form.parentId}
          onChange={(parentId) => update('parentId', parentId)}
          label={t('units.form.parent')}
          placeholder={t('units.form.noParent')}
          clearable
          error={errorFor('parentId')}
          testId="unit-parent"
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          {editing ? (
            <Stack gap={2}>
              <Text size="sm" fw={500}>
                {t('units.form.code')}
              </Text>
              <Text size="sm" ff="monospace">
                {editing.code}
              </Text>
            </Stack>
          ) : (
            <TextInput
              required
              label={t('units.form.code')}
              description={t('units.form.codeHint')}
              value={form.code}
              onChange={(event) => update('code', event.currentTarget.value)}
              error={errorFor('code')}
              data-testid="unit-code"
            />
          )}
          <Select
            required
            label={t('units.form.level')}
            data={levels}
            value={form.level}
            onChange={(level) => update('level', level as UnitLevel | null)}
            allowDeselect={false}
            error={errorFor('level')}
            comboboxProps={{ withinPortal: true }}
            data-testid="unit-level"
          />
        </SimpleGrid>
        <TextInput
          required
          label={t('units.form.name')}
          value={form.name}
          onChange={(event) => update('name', event.currentTarget.value)}
          error={errorFor('name')}
          data-testid="unit-name"
        />
        {!editing && (
          <NumberInput
            required
            label={t('units.form.headcount', { contest: contestName })}
            description={t('units.form.headcountHint')}
            min={0}
            max={1_000_000}
            allowDecimal={false}
            allowNegative={false}
            value={form.headcount}
            onChange={(value) => update('headcount', asCount(value))}
            error={errorFor('headcount')}
            data-testid="unit-headcount"
          />
        )}
        {save.isError && <ErrorAlert error={save.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="unit-save">
            {t(editing ? 'common.save' : 'units.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
