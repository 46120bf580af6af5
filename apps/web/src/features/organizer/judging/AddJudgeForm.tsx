import type { AssignmentBoard } from '@contest/contracts';
import { Button, Group, Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { addableJudges, type BoardEntry } from './assignment-board';

/** Picks a judge for an entry by hand; a judge of the entry's own unit is listed, marked, and refused by the server. */
export function AddJudgeForm({
  board,
  entry,
  onAdd,
  pending,
}: {
  board: AssignmentBoard;
  entry: BoardEntry;
  onAdd: (judgeId: number, done: () => void) => void;
  pending: boolean;
}) {
  const { t } = useTranslation();
  const [judgeId, setJudgeId] = useState<string | null>(null);
  const options = addableJudges(board, entry);
  if (options.length === 0) return null;
  const data = options.map(({ judge, ownUnit }) => ({
    value: String(judge.id),
    label: ownUnit
      ? t('judgingAdmin.add.optionOwnUnit', { name: judge.fullName, count: judge.assigned })
      : t('judgingAdmin.add.option', { name: judge.fullName, count: judge.assigned }),
  }));
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <Select
        aria-label={t('judgingAdmin.add.label', { title: entry.title })}
        placeholder={t('judgingAdmin.add.placeholder')}
        data={data}
        value={judgeId}
        onChange={setJudgeId}
        searchable
        size="xs"
        style={{ flex: 1, minWidth: 0 }}
        maw={360}
        comboboxProps={{ withinPortal: true }}
        data-testid="add-judge-select"
      />
      <Button
        size="xs"
        variant="light"
        disabled={judgeId === null}
        loading={pending}
        onClick={() => judgeId && onAdd(Number(judgeId), () => setJudgeId(null))}
        data-testid="add-judge-button"
      >
        {t('judgingAdmin.add.button')}
      </Button>
    </Group>
  );
}
