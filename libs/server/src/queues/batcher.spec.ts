import { Batcher } from './batcher';

describe('Batcher', () => {
  it('runs a full batch at once and a partial one after the wait', async () => {
    const runs: number[][] = [];
    const batcher = new Batcher<number>(
      async (items) => {
        runs.push(items);
      },
      3,
      20,
    );
    await Promise.all([1, 2, 3, 4].map((n) => batcher.add(n)));
    expect(runs).toEqual([[1, 2, 3], [4]]);
  });

  it('rejects every caller of a failed batch so their jobs are retried', async () => {
    const batcher = new Batcher<number>(
      async () => {
        throw new Error('db down');
      },
      2,
      5,
    );
    const results = await Promise.allSettled([batcher.add(1), batcher.add(2)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });
});
