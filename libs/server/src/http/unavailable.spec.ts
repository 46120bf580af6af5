import { unavailableCode } from './unavailable';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('unavailableCode: which outage an error is', () => {
  it.each([
    [new Error('timeout exceeded when trying to connect'), 'database_busy'],
    [pgError('57014', 'canceling statement due to statement timeout'), 'database_busy'],
    [pgError('25P03'), 'database_busy'],
    [pgError('40P01', 'deadlock detected'), 'database_busy'],
    [pgError('53300'), 'database_busy'],
    [pgError('57P01', 'terminating connection due to administrator command'), 'database_unavailable'],
    [pgError('57P03', 'the database system is starting up'), 'database_unavailable'],
    [pgError('08006'), 'database_unavailable'],
    [new Error('Connection terminated unexpectedly'), 'database_unavailable'],
    [Object.assign(new Error('wrapped'), { driverError: pgError('57P01') }), 'database_unavailable'],
    [
      Object.assign(new Error('Reached the max retries per request limit (which is 3).'), {
        name: 'MaxRetriesPerRequestError',
      }),
      'redis_unavailable',
    ],
    [new Error('Connection is closed.'), 'redis_unavailable'],
    [new Error('Command timed out'), 'redis_unavailable'],
    [pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'), 'service_unavailable'],
  ])('%s → %s', (error, code) => {
    expect(unavailableCode(error)).toBe(code);
  });

  it('leaves real bugs and refusals alone: they are not outages', () => {
    expect(unavailableCode(pgError('23505', 'duplicate key value'))).toBeUndefined();
    expect(
      unavailableCode(new TypeError("Cannot read properties of undefined (reading 'id')")),
    ).toBeUndefined();
    expect(unavailableCode('not an error')).toBeUndefined();
  });
});
