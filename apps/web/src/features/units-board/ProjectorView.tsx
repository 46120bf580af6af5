import { Box, Button, Center, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { boardRows } from './board-rows';
import { useBoardFigures } from './BoardRows';
import type { BoardViewProps } from './BoardView';
import { LiveStatus } from './LiveStatus';
import { PROJECTOR_PAGE_MS, projectorLayout } from './projector-pages';
import classes from './ProjectorView.module.css';
import { RankMark } from './RankMark';
import { RateBar } from './RateBar';
import { usePageCycle } from './use-page-cycle';
import { useProjectorScreen } from './use-projector-screen';

/**
 * The board for a hall's screen: no menu, type sized to the screen's height, the first three units
 * always in view and the rest turning page by page. Controls stay faint until pointed at.
 */
export function ProjectorView({ board, live, view, level, onChange }: BoardViewProps) {
  const { t } = useTranslation();
  const screen = useProjectorScreen();
  const rows = useMemo(
    () => boardRows(view === 'current' ? board.current : board.overall, level),
    [board, view, level],
  );
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
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="2vw">
        <Stack gap="0.6vh" style={{ minWidth: 0 }}>
          <Text fz="2.2vh" c="dimmed" truncate="end">
            {board.contest.name}
          </Text>
          <Text fz="4.6vh" fw={800} lh={1.1}>
            {t('unitsBoard.title')} · {heading}
            {level && (
              <Text span inherit c="blue.7">
                {' '}
                · {t(`units.levels.${level}`)}
              </Text>
            )}
          </Text>
        </Stack>
        <LiveStatus at={board.at} live={live} size="xl" fz="2.2vh" />
      </Group>

      {rows.length === 0 ? (
        <Center style={{ flex: 1 }}>
          <Text fz="4vh" c="dimmed">
            {t(view === 'current' ? 'unitsBoard.emptyCurrent' : 'unitsBoard.emptyOverall')}
          </Text>
        </Center>
      ) : (
        <>
          <div className={classes.podium} data-testid="projector-top">
            {layout.top.map((row) => (
              <Paper key={row.unitId} withBorder radius="lg" p="2vh 1.6vw" shadow="sm">
                <Stack gap="1.2vh" h="100%" justify="space-between">
                  <Group gap="1vw" wrap="nowrap" align="flex-start">
                    <RankMark rank={row.rank} size="7vh" fz="3.6vh" />
                    <Text fz="3.2vh" fw={700} lh={1.2} lineClamp={2}>
                      {row.name}
                    </Text>
                  </Group>
                  <Stack gap="0.4vh">
                    <Text fz="7vh" fw={800} lh={1} c="teal.8">
                      {rate(row)}
                    </Text>
                    <Text fz="2.4vh" c="dimmed">
                      {people(row)}
                    </Text>
                  </Stack>
                  <RateBar rate={row.participationRate} size="2vh" />
                </Stack>
              </Paper>
            ))}
          </div>

          <div className={classes.rest} data-testid="projector-rest">
            {restRows.map((row) => (
              <div key={row.unitId} className={classes.restRow} data-testid="projector-row">
                <RankMark rank={row.rank} size="4.6vh" fz="2.2vh" />
                <Stack gap="0.5vh" style={{ flex: 1, minWidth: 0 }}>
                  <Text fz="2.5vh" fw={600} lh={1.1} lineClamp={2}>
                    {row.name}
                  </Text>
                  <RateBar rate={row.participationRate} size="1vh" />
                </Stack>
                <Stack gap={0} align="flex-end" style={{ flexShrink: 0 }}>
                  <Text fz="3vh" fw={800} lh={1.1}>
                    {rate(row)}
                  </Text>
                  <Text fz="1.9vh" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {people(row)}
                  </Text>
                </Stack>
              </div>
            ))}
          </div>
        </>
      )}

      <Group justify="space-between" align="center" wrap="nowrap" gap="2vw">
        <Group gap="1vw" wrap="nowrap" style={{ flex: 1 }}>
          {layout.pages.length > 1 && (
            <>
              <Text fz="2vh" c="dimmed" style={{ whiteSpace: 'nowrap' }} data-testid="projector-page">
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
        </Group>
        <Group gap="xs" wrap="nowrap" className={classes.controls}>
          <SegmentedControl
            size="xs"
            value={view}
            onChange={(value) => onChange({ view: value === 'overall' ? 'overall' : 'current' })}
            data={[
              { value: 'current', label: t('unitsBoard.tabs.thisWeek') },
              { value: 'overall', label: t('unitsBoard.tabs.overall') },
            ]}
          />
          {layout.pages.length > 1 && (
            <>
              <Button size="compact-sm" variant="default" onClick={cycle.back}>
                {t('unitsBoard.projector.previous')}
              </Button>
              <Button size="compact-sm" variant="default" onClick={cycle.togglePause}>
                {t(cycle.paused ? 'unitsBoard.projector.resume' : 'unitsBoard.projector.pause')}
              </Button>
              <Button size="compact-sm" variant="default" onClick={cycle.forward}>
                {t('unitsBoard.projector.next')}
              </Button>
            </>
          )}
          <Button size="compact-sm" variant="default" onClick={screen.toggleFullscreen}>
            {t(
              screen.fullscreen ? 'unitsBoard.projector.leaveFullscreen' : 'unitsBoard.projector.fullscreen',
            )}
          </Button>
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => {
              screen.leaveFullscreen();
              onChange({ projector: false });
            }}
            data-testid="projector-exit"
          >
            {t('unitsBoard.projector.exit')}
          </Button>
        </Group>
      </Group>
    </Box>
  );
}
