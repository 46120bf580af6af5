import { ConsoleLogger, type LogLevel } from '@nestjs/common';

import type { Env } from './env';

const ORDER: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Nest's log levels for LOG_LEVEL: the named level and everything more severe. */
export function nestLogLevels(level: Env['LOG_LEVEL']): LogLevel[] {
  const nestLevel: LogLevel = level === 'info' ? 'log' : level;
  return ORDER.slice(0, ORDER.indexOf(nestLevel) + 1);
}

/** The process logger: structured JSON lines unless LOG_FORMAT=text. */
export function createLogger(env: Pick<Env, 'LOG_LEVEL' | 'LOG_FORMAT'>, service: string): ConsoleLogger {
  return new ConsoleLogger(service, {
    logLevels: nestLogLevels(env.LOG_LEVEL),
    json: env.LOG_FORMAT === 'json',
    colors: env.LOG_FORMAT === 'text' && process.stdout.isTTY,
    prefix: service,
  });
}
