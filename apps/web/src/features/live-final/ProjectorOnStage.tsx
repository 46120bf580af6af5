import type { LiveBoard } from '@contest/contracts';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

import type { ServerClock } from '../../lib/server-clock';
import { projectorNameScale } from '../units-board/projector-pages';
import { onStage } from './live-board';
import classes from './LiveProjector.module.css';
import { useLiveCountdown } from './use-live-countdown';

/** The left of the hall's screen: the team on stage, its part, and the part's countdown. */
export function ProjectorOnStage({ board, clock }: { board: LiveBoard; clock: ServerClock }) {
  const { t } = useTranslation();
  // After the lock nobody is on stage any more, whatever the control screen last set.
  const stage = board.lockedAt ? null : onStage(board);
  if (!stage) {
    return (
      <section className={classes.stagePanel} data-testid="live-on-stage" data-empty="true">
        <div className={classes.label}>{t('live.projector.between')}</div>
        <div className={classes.waiting}>
          {t(board.revealedAll || board.lockedAt ? 'live.projector.finished' : 'live.projector.waiting')}
        </div>
      </section>
    );
  }
  const title = stage.team?.title ?? t('live.unknownTeam');
  return (
    <section className={classes.stagePanel} data-testid="live-on-stage">
      <div className={classes.label}>{t('live.projector.onStage')}</div>
      <div
        className={classes.team}
        style={{ '--scale': projectorNameScale(title) } as CSSProperties}
        data-testid="live-team"
      >
        {title}
      </div>
      {stage.team && <div className={classes.unit}>{stage.team.unitName}</div>}
      {stage.part && (
        <div className={classes.part} data-testid="live-part">
          {t('live.partOf', {
            number: stage.partIndex + 1,
            count: stage.partCount,
            name: stage.part.name,
          })}
        </div>
      )}
      <ProjectorTimer board={board} clock={clock} />
    </section>
  );
}

function ProjectorTimer({ board, clock }: { board: LiveBoard; clock: ServerClock }) {
  const { t } = useTranslation();
  const countdown = useLiveCountdown(board.timer, clock);
  return (
    <div>
      <div className={classes.timer} data-tone={countdown.tone} role="timer" data-testid="live-timer">
        {countdown.text}
      </div>
      <div className={classes.timerState}>{t(`live.timer.${countdown.state}`)}</div>
    </div>
  );
}
