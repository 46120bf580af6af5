import type { LiveBoard, LiveStanding } from '@contest/contracts';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDecimal } from '../../lib/format';
import { projectorNameScale } from '../units-board/projector-pages';
import { showsEarlierPoints, teamsInOrder } from './live-board';
import classes from './LiveProjector.module.css';

/** From this many rows the board is set a step smaller, so a final of nine fits the screen. */
const DENSE_FROM = 8;

/**
 * The right of the hall's screen: the standings the organizer has revealed, best first, and once
 * every team is revealed, said to be final. Before the first reveal, the running order instead.
 */
export function ProjectorStandings({ board }: { board: LiveBoard }) {
  const { t, i18n } = useTranslation();
  if (board.standings.length === 0) return <ProjectorRunningOrder board={board} />;
  const earlier = showsEarlierPoints(board);
  const figures = { '--figures': earlier ? 2 : 1 } as CSSProperties;
  const points = (value: number | null) => (value === null ? '—' : formatDecimal(value, i18n.language));
  // On a phone the figures go under the name, on one line.
  const figuresLine = (standing: LiveStanding) => {
    const final = t('live.projector.finalShort', { points: points(standing.finalPoints) });
    if (!earlier) return final;
    return `${final} · ${t('live.projector.earlierShort', { points: points(standing.earlierPoints) })}`;
  };
  return (
    <section
      className={classes.board}
      data-testid="live-standings"
      data-final={board.revealedAll}
      data-dense={board.standings.length >= DENSE_FROM}
    >
      <div className={classes.boardTitle} data-final={board.revealedAll}>
        <span>{t(board.revealedAll ? 'live.projector.final' : 'live.projector.standings')}</span>
        {!board.revealedAll && (
          <span className={classes.boardNote}>
            {t('live.projector.revealedOf', { count: board.standings.length, total: board.teams.length })}
          </span>
        )}
      </div>
      <div className={classes.columns} style={figures} aria-hidden>
        <span>{t('live.columns.rank')}</span>
        <span>{t('live.columns.team')}</span>
        <span className={classes.figureHead}>{t('live.columns.final')}</span>
        {earlier && <span className={classes.figureHead}>{t('live.columns.earlier')}</span>}
        <span className={classes.figureHead}>{t('live.columns.total')}</span>
      </div>
      <ol className={classes.rows}>
        {board.standings.map((standing) => (
          <li key={standing.entryId} className={classes.row} style={figures} data-testid="live-standing">
            <span className={classes.rank} data-medal={standing.rank <= 3 ? standing.rank : undefined}>
              {standing.rank}
            </span>
            <div className={classes.who}>
              <TeamName title={standing.title} />
              <div className={classes.rowUnit}>{standing.unitName}</div>
              <div className={classes.figuresLine}>{figuresLine(standing)}</div>
            </div>
            <span className={classes.figure}>{points(standing.finalPoints)}</span>
            {earlier && <span className={classes.figure}>{points(standing.earlierPoints)}</span>}
            <span className={classes.total} data-testid="live-standing-total">
              {points(standing.total)}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function TeamName({ title }: { title: string }) {
  return (
    <div className={classes.name} style={{ '--scale': projectorNameScale(title) } as CSSProperties}>
      {title}
    </div>
  );
}

function ProjectorRunningOrder({ board }: { board: LiveBoard }) {
  const { t } = useTranslation();
  const onStageId = board.current?.entryId ?? null;
  return (
    <section
      className={classes.board}
      data-testid="live-running-order"
      data-dense={board.teams.length >= DENSE_FROM}
    >
      <div className={classes.boardTitle}>
        <span>{t('live.projector.runningOrder')}</span>
        <span className={classes.boardNote}>{t('live.projector.notRevealed')}</span>
      </div>
      <ol className={classes.rows}>
        {teamsInOrder(board.teams).map((team) => (
          <li
            key={team.entryId}
            className={`${classes.row} ${classes.orderRow}`}
            data-current={team.entryId === onStageId}
          >
            <span className={classes.rank}>{team.order}</span>
            <div className={classes.who}>
              <TeamName title={team.title} />
              <div className={classes.rowUnit}>{team.unitName}</div>
            </div>
            {team.entryId === onStageId ? (
              <span className={classes.nowTag}>{t('live.projector.now')}</span>
            ) : (
              <span />
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
