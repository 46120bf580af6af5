import type { UnitLevel, UnitsBoard } from '@contest/contracts';
import {
  Button,
  Container,
  Group,
  Pagination,
  Select,
  Stack,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '../../lib/format';
import type { BoardParams } from './board-params';
import { boardRows, levelsOnBoard, namesToTellApart, type BoardView as View } from './board-rows';
import { BoardRows } from './BoardRows';
import { LiveStatus } from './LiveStatus';

const PAGE_SIZE = 50;

export interface BoardViewProps {
  board: UnitsBoard;
  live: boolean;
  view: View;
  level: UnitLevel | null;
  onChange: (change: Partial<BoardParams>) => void;
}

/** The board on a phone or a desk: tabs, a level filter and a name search over the ranked units. */
export function BoardView({ board, live, view, level, onChange }: BoardViewProps) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const source = view === 'current' ? board.current : board.overall;
  const rows = useMemo(() => boardRows(source, level, search), [source, level, search]);
  const pageCount = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const shownPage = Math.min(page, pageCount);
  const shown = rows.slice((shownPage - 1) * PAGE_SIZE, shownPage * PAGE_SIZE);
  const levels = levelsOnBoard(board.overall);
  const apart = useMemo(() => namesToTellApart([...board.overall, ...board.current]), [board]);

  const roundLine = board.round
    ? t(board.round.open ? 'unitsBoard.roundOpen' : 'unitsBoard.roundClosed', {
        name: board.round.name,
        week: board.round.weekNumber,
        time: formatDateTime(board.round.closesAt, i18n.language),
      })
    : t('unitsBoard.noRound');

  return (
    <Container size="lg" px={0}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={4} style={{ minWidth: 0, flex: '1 1 260px' }}>
            <Title order={2}>{t('unitsBoard.title')}</Title>
            <Text size="sm" c="dimmed">
              {board.contest.name}
            </Text>
            <Text size="sm">{roundLine}</Text>
          </Stack>
          <Button
            variant="light"
            onClick={() => onChange({ projector: true })}
            visibleFrom="sm"
            data-testid="board-projector"
          >
            {t('unitsBoard.projector.open')}
          </Button>
        </Group>
        <LiveStatus at={board.at} live={live} />

        <Tabs
          value={view}
          onChange={(value) => {
            onChange({ view: value === 'overall' ? 'overall' : 'current' });
            setPage(1);
          }}
        >
          <Tabs.List grow>
            <Tabs.Tab value="current" data-testid="board-tab-current">
              {board.round
                ? t('unitsBoard.tabs.week', { week: board.round.weekNumber })
                : t('unitsBoard.tabs.thisWeek')}
            </Tabs.Tab>
            <Tabs.Tab value="overall" data-testid="board-tab-overall">
              {t('unitsBoard.tabs.overall')}
            </Tabs.Tab>
          </Tabs.List>
        </Tabs>
        <Text size="xs" c="dimmed">
          {t(view === 'current' ? 'unitsBoard.hint.current' : 'unitsBoard.hint.overall')}
        </Text>

        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label={t('unitsBoard.level')}
            data={[
              { value: 'all', label: t('unitsBoard.allLevels') },
              ...levels.map((value) => ({ value, label: t(`units.levels.${value}`) })),
            ]}
            value={level ?? 'all'}
            onChange={(value) => {
              onChange({ level: !value || value === 'all' ? null : (value as UnitLevel) });
              setPage(1);
            }}
            allowDeselect={false}
            w={{ base: '100%', xs: 220 }}
            data-testid="board-level"
          />
          <TextInput
            type="search"
            label={t('unitsBoard.search')}
            placeholder={t('unitsBoard.searchPlaceholder')}
            value={search}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              setPage(1);
            }}
            w={{ base: '100%', xs: 280 }}
            data-testid="board-search"
          />
        </Group>

        {source.length === 0 ? (
          <Text c="dimmed" py="md" data-testid="board-empty">
            {t(view === 'current' ? 'unitsBoard.emptyCurrent' : 'unitsBoard.emptyOverall')}
          </Text>
        ) : rows.length === 0 ? (
          <Text c="dimmed" py="md">
            {t('unitsBoard.noMatch')}
          </Text>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t('unitsBoard.unitCount', { count: rows.length })}
            </Text>
            <BoardRows
              rows={shown}
              showScores={rows.some((row) => row.averageScore !== null)}
              overall={view === 'overall'}
              apart={apart}
            />
            {pageCount > 1 && (
              <Pagination total={pageCount} value={shownPage} onChange={setPage} size="sm" siblings={1} />
            )}
          </>
        )}
      </Stack>
    </Container>
  );
}
