import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useServerClock } from '../../lib/use-server-clock';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { useProjectorScreen } from '../units-board/use-projector-screen';
import classes from './LiveProjector.module.css';
import { ProjectorOnStage } from './ProjectorOnStage';
import { ProjectorStandings } from './ProjectorStandings';
import type { ReceivedBoard } from './use-live-board';

interface LiveProjectorProps {
  board: ReceivedBoard;
  live: boolean;
  /** The socket was joined before: it is coming back, not coming up. */
  joinedBefore: boolean;
  refusal: string | null;
}

/** A live final on the hall's screen: the team on stage with its countdown, and the revealed standings. */
export function LiveProjector({ board, live, joinedBefore, refusal }: LiveProjectorProps) {
  const { t } = useTranslation();
  const screen = useProjectorScreen();
  const clock = useServerClock(board.serverNow, board.receivedAt);
  return (
    <div className={classes.screen} data-testid="live-projector" data-version={board.version}>
      <header className={classes.header}>
        <div className={classes.headings}>
          <div className={classes.contest}>{board.contestName}</div>
          <div className={classes.title}>
            {board.trackTitle} · {board.stageName}
          </div>
        </div>
        {!live && (
          <div
            className={classes.connection}
            role="status"
            title={refusal ?? undefined}
            data-testid="live-offline"
          >
            {t(joinedBefore ? 'live.connection.reconnecting' : 'live.connection.connecting')}
          </div>
        )}
      </header>
      <main className={classes.main} data-standings={board.standings.length > 0}>
        <ProjectorOnStage board={board} clock={clock} />
        <ProjectorStandings board={board} />
      </main>
      <footer className={classes.footer}>
        <LanguageSwitch />
        <Button size="xs" variant="default" onClick={screen.toggleFullscreen}>
          {t(screen.fullscreen ? 'live.projector.leaveFullscreen' : 'live.projector.fullscreen')}
        </Button>
      </footer>
    </div>
  );
}
