import type { INestApplicationContext, LoggerService } from '@nestjs/common';

/**
 * On SIGTERM or SIGINT: stop taking work and let what is running finish (Nest closes the HTTP
 * server, the queue workers and the connections), but never for longer than `graceMs`: a
 * request stuck on a locked row or an unreachable database must not keep an old copy alive
 * through a deploy. Exits 0 after a clean close, 1 when the grace ran out.
 */
export function closeOnSignals(app: INestApplicationContext, graceMs: number, logger: LoggerService): void {
  let closing = false;
  const close = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    logger.log(`${signal}: closing, at most ${graceMs} ms`, 'Shutdown');
    setTimeout(() => {
      logger.warn(`still closing after ${graceMs} ms: exiting with work unfinished`, 'Shutdown');
      process.exit(1);
    }, graceMs).unref();
    app.close().then(
      () => process.exit(0),
      (error: Error) => {
        logger.error(`close failed: ${error.message}`, 'Shutdown');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', close);
  process.once('SIGINT', close);
}
