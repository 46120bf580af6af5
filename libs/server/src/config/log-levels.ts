import type { LogLevel } from '@nestjs/common';

import type { Env } from './env';

const ORDER: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Nest's log levels for LOG_LEVEL: the named level and everything more severe. */
export function nestLogLevels(level: Env['LOG_LEVEL']): LogLevel[] {
  const nestLevel: LogLevel = level === 'info' ? 'log' : level;
  return ORDER.slice(0, ORDER.indexOf(nestLevel) + 1);
}
