import { EnvError, loadEnv } from './env';

describe('loadEnv', () => {
  it('fills local defaults', () => {
    const env = loadEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/civic_contest');
    expect(env.SEED_DEMO).toBe(true);
  });

  it('names the bad variable and what it expected in one line', () => {
    expect(() => loadEnv({ PORT: 'abc' })).toThrow(EnvError);
    expect(() => loadEnv({ REDIS_URL: 'localhost:6379' })).toThrow(
      /^Invalid environment variable REDIS_URL="localhost:6379": .*redis:\/\//,
    );
    expect(() => loadEnv({ SEED_DEMO: 'yes' })).toThrow(/SEED_DEMO/);
  });
});
