import type { UnitsBoardRow } from '@contest/contracts';
import { Box, Button, Center, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

import { boardRows, namesToTellApart } from './board-rows';
import { useBoardFigures } from './BoardRows';
import type { BoardViewProps } from './BoardView';
import { LiveStatus } from './LiveStatus';
import { PROJECTOR_PAGE_MS, projectorLayout, projectorNameScale } from './projector-pages';
import classes from './ProjectorView.module.css';
import { RankMark } from './RankMark';
import { RateBar } from './RateBar';
import { usePageCycle } from './use-page-cycle';
import { useProjectorScreen } from './use-projector-screen';

/** A size in the projector's unit (see ProjectorView.module.css): screen height, or width when tall. */
const u = (times: number) => `calc(var(--u) * ${times})`;

/**
 * The board for a hall's screen: no menu, type sized to the screen, the first three units always
 * in view and the rest turning page by page. Names are shown whole, with the parent's name where
 * two units share one; on a tall or narrow screen it becomes one scrolling column.
 */
export function ProjectorView({ board, live, view, level, onChange }: BoardViewProps) {
  const { t } = useTranslation();
  const screen = useProjectorScreen();
  const rows = useMemo(
    () => boardRows(view === 'current' ? board.current : board.overall, level),
    [board, view, level],
  );
  const apart = useMemo(() => namesToTellApart([...board.overall, ...board.current]), [board]);
  const layout = projectorLayout(rows);
  const cycle = usePageCycle(layout.pages.length);
  const restRows = layout.pages[cycle.page] ?? [];

  const heading =
    view === 'current'
      ? board.round
        ? t('unitsBoard.tabs.week', { week: board.round.weekNumber })
        : t('unitsBoard.tabs.thisWeek')
      : t('unitsBoard.tabs.overall');
  const { people, rate } = useBoardFigures(view === 'overall');

  return (
    <Box className={classes.screen} data-testid="board-projector-view">
      <div className={classes.header}>
        <Stack gap={u(0.6)} className={classes.headings}>
          <Text className={classes.contest}>{board.contest.name}</Text>
          <Text className={classes.title}>
            {t('unitsBoard.title')} · {heading}
            {level && (
              <Text span inherit c="blue.7">
                {' '}
                · {t(`units.levels.${level}`)}
              </Text>
            )}
          </Text>
        </Stack>
        <LiveStatus at={board.at} live={live} size="xl" fz={u(2.2)} />
      </div>

      {rows.length === 0 ? (
        <Center style={{ flex: 1 }}>
          <Text fz={u(4)} c="dimmed" ta="center">
            {t(view === 'current' ? 'unitsBoard.emptyCurrent' : 'unitsBoard.emptyOverall')}
          </Text>
        </Center>
      ) : (
        <>
          <div className={classes.podium} data-testid="projector-top">
            {layout.top.map((row) => (
              <div key={row.unitId} className={classes.podiumCard} data-testid="projector-top-unit">
                <div className={classes.podiumHead}>
                  <RankMark rank={row.rank} size={u(7)} fz={u(3.6)} />
                  <UnitName row={row} apart={apart.get(row.unitId)} className={classes.podiumName} />
                </div>
                <div className={classes.podiumFigure}>
                  <Text className={classes.podiumRate}>{rate(row)}</Text>
                  <Text className={classes.people}>{people(row)}</Text>
                </div>
                <div className={classes.podiumBar}>
                  <RateBar rate={row.participationRate} size={u(2)} />
                </div>
              </div>
            ))}
          </div>

          <div className={classes.rest} data-testid="projector-rest">
            {restRows.map((row) => (
              <div key={row.unitId} className={classes.restRow} data-testid="projector-row">
                <RankMark rank={row.rank} size={u(4.6)} fz={u(2.2)} />
                <Stack gap={u(0.5)} style={{ flex: 1, minWidth: 0 }}>
                  <UnitName row={row} apart={apart.get(row.unitId)} className={classes.restName} />
                  <RateBar rate={row.participationRate} size={u(1)} />
                </Stack>
                <Stack gap={0} align="flex-end" style={{ flexShrink: 0 }}>
                  <Text className={classes.restRate}>{rate(row)}</Text>
                  <Text className={classes.restPeople}>{people(row)}</Text>
                </Stack>
              </div>
            ))}
          </div>
        </>
      )}

      <div className={classes.footer}>
        <div className={classes.pager}>
          {layout.pages.length > 1 && (
            <>
              <Text className={classes.pageText} data-testid="projector-page">
                {t('unitsBoard.projector.page', { page: cycle.page + 1, pages: layout.pages.length })}
              </Text>
              <div className={classes.countdown} aria-hidden>
                {/* Restarted on each page: the bar fills as the next page approaches. */}
                <div
                  key={cycle.waitKey}
                  className={classes.countdownFill}
                  style={{
                    animationDuration: `${PROJECTOR_PAGE_MS}ms`,
                    animationPlayState: cycle.paused ? 'paused' : 'running',
                  }}
                />
              </div>
            </>
          )}
        </div>
        <div className={classes.controls} data-testid="projector-controls">
          <SegmentedControl
            size="sm"
            value={view}
            onChange={(value) => onChange({ view: value === 'overall' ? 'overall' : 'current' })}
            data={[
              { value: 'current', label: t('unitsBoard.tabs.thisWeek') },
              { value: 'overall', label: t('unitsBoard.tabs.overall') },
            ]}
          />
          {layout.pages.length > 1 && (
            <>
              <Button size="sm" variant="default" onClick={cycle.back}>
                {t('unitsBoard.projector.previous')}
              </Button>
              <Button size="sm" variant="default" onClick={cycle.togglePause}>
                {t(cycle.paused ? 'unitsBoard.projector.resume' : 'unitsBoard.projector.pause')}
              </Button>
              <Button size="sm" variant="default" onClick={cycle.forward}>
                {t('unitsBoard.projector.next')}
              </Button>
            </>
          )}
          <Button size="sm" variant="default" onClick={screen.toggleFullscreen}>
            {t(
              screen.fullscreen ? 'unitsBoard.projector.leaveFullscreen' : 'unitsBoard.projector.fullscreen',
            )}
          </Button>
          <Button
            size="sm"
            variant="light"
            onClick={() => {
              screen.leaveFullscreen();
              onChange({ projector: false });
            }}
            data-testid="projector-exit"
          >
            {t('unitsBoard.projector.exit')}
          </Button>
        </div>
      </div>
    </Box>
  );
}

/** The name whole, a long one set smaller; a shared name followed by its parent's (or its code). */
function UnitName({ row, apart, className }: { row: UnitsBoardRow; apart?: string; className: string }) {
  const full = apart ? `${row.name} · ${apart}` : row.name;
  return (
    <Text
      className={className}
      style={{ '--scale': projectorNameScale(full) } as CSSProperties}
      data-testid="projector-unit-name"
    >
      {row.name}
      {apart && <span className={classes.parent}> · {apart}</span>}
    </Text>
  );
}
