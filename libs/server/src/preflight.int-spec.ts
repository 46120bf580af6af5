import { checkServices } from './preflight';
import { TEST_ENV } from './test-support/test-env';

describe('start-up checks', () => {
  it('pass when Postgres and Redis answer', async () => {
    expect(await checkServices(TEST_ENV)).toEqual([]);
  });

  it('say which service is unreachable, where it was looked for, and how to start it', async () => {
    const problems = await checkServices({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nothing',
      REDIS_URL: 'redis://127.0.0.1:2',
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^PostgreSQL unreachable at 127\.0\.0\.1:1 .*pg_ctlcluster/);
    expect(problems[1]).toMatch(/^Redis unreachable at 127\.0\.0\.1:2 .*redis-server/);
    for (const p of problems) expect(p).not.toContain('\n');
  });
});
