import type { ApiErrorCode } from '@contest/contracts';

type Unavailable = Extract<
  ApiErrorCode,
  'database_busy' | 'database_unavailable' | 'redis_unavailable' | 'service_unavailable'
>;

// Postgres' SQLSTATEs that mean "too busy right now, try again": a statement or an idle
// transaction ran out of time, no connection slot was left, or the transaction lost a deadlock
// or a serialization race.
const BUSY_STATES = new Set(['57014', '25P03', '53300', '55P03', '40P01', '40001']);
// The server is shutting down, restarting or not accepting connections yet.
const DOWN_STATES = new Set(['57P01', '57P02', '57P03', '57P05']);
const PG_DOWN_MESSAGES =
  /^(Connection terminated|Client has encountered a connection error|Client was closed)/;
const REDIS_DOWN_MESSAGES =
  /^(Connection is closed|Stream isn't writeable|Reached the max retries per request|Command timed out)/;
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
]);

/**
 * Which outage an error is, if it is one: a request refused because Postgres or Redis is busy or
 * down is a 503 with a code (the client retries), never a 500 with a driver's text.
 */
export function unavailableCode(error: unknown): Unavailable | undefined {
  if (!(error instanceof Error)) return undefined;
  // TypeORM wraps the driver's error; raw pg and ioredis errors come as they are.
  const wrapped = (error as { driverError?: unknown }).driverError;
  const e = (wrapped instanceof Error ? wrapped : error) as Error & { code?: string };
  if (e.message === 'timeout exceeded when trying to connect') return 'database_busy';
  if (e.code && BUSY_STATES.has(e.code)) return 'database_busy';
  if (e.code && (DOWN_STATES.has(e.code) || e.code.startsWith('08'))) return 'database_unavailable';
  if (PG_DOWN_MESSAGES.test(e.message)) return 'database_unavailable';
  if (e.name === 'MaxRetriesPerRequestError' || REDIS_DOWN_MESSAGES.test(e.message))
    return 'redis_unavailable';
  // A refused or dropped socket without more to say: Postgres, Redis or the media store.
  if (e.code && SOCKET_CODES.has(e.code)) return 'service_unavailable';
  return undefined;
}
