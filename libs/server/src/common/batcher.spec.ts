import { Batcher } from './batcher';

/** A batch runner that records each batch and answers when told to. */
function recorder(answer: (input: number) => string = (n) => `#${n}`) {
  const batches: number[][] = [];
  let running = 0;
  let mostAtOnce = 0;
  const run = async (inputs: number[]) => {
    batches.push(inputs);
    mostAtOnce = Math.max(mostAtOnce, ++running);
    await new Promise((resolve) => setTimeout(resolve, 5));
    running--;
    return inputs.map(answer);
  };
  return { run, batches, mostAtOnce: () => mostAtOnce };
}

describe('Batcher', () => {
  it('runs the calls of one turn of the event loop as one batch, answering each its own', async () => {
    const r = recorder();
    const batcher = new Batcher({ run: r.run, maxSize: 100, maxInFlight: 1 });
    const answers = await Promise.all([3, 1, 2].map((n) => batcher.load(n)));
    expect(answers).toEqual(['#3', '#1', '#2']);
    expect(r.batches).toEqual([[3, 1, 2]]);
  });

  it('sends a lone call at once, and gathers the calls that queue behind a batch on its way', async () => {
    const r = recorder();
    const batcher = new Batcher({ run: r.run, maxSize: 100, maxInFlight: 1 });
    const first = batcher.load(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(r.batches).toEqual([[1]]);
    const later = [2, 3, 4].map((n) => batcher.load(n));
    await Promise.all([first, ...later]);
    expect(r.batches).toEqual([[1], [2, 3, 4]]);
  });

  it('keeps batches within their size and the batches on their way within their number', async () => {
    const r = recorder();
    const batcher = new Batcher({ run: r.run, maxSize: 4, maxInFlight: 2 });
    await Promise.all(Array.from({ length: 20 }, (_, n) => batcher.load(n)));
    expect(r.batches.every((b) => b.length <= 4)).toBe(true);
    expect(r.batches.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, n) => n));
    expect(r.mostAtOnce()).toBe(2);
  });

  it('never puts two calls with the same key in one batch', async () => {
    const r = recorder();
    const batcher = new Batcher({
      run: r.run,
      maxSize: 100,
      maxInFlight: 1,
      keyOf: (n: number) => String(n % 3),
    });
    await Promise.all([0, 3, 1, 6, 4].map((n) => batcher.load(n)));
    expect(r.batches).toEqual([[0, 1], [3, 4], [6]]);
  });

  it('fails only the guilty call when a batch fails for one input, and every call when it fails for all', async () => {
    const badInput = Object.assign(new Error('bad row'), { code: '23503' });
    const run = async (inputs: number[]) => {
      if (inputs.includes(13)) throw inputs.length > 1 ? badInput : new Error('13 is bad');
      return inputs.map((n) => n * 2);
    };
    const batcher = new Batcher({ run, maxSize: 100, maxInFlight: 1, isInputError: (e) => e === badInput });
    const results = await Promise.allSettled([1, 13, 2].map((n) => batcher.load(n)));
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([
      2,
      '13 is bad',
      4,
    ]);

    const down = new Error('connection lost');
    const broken = new Batcher({
      run: async () => Promise.reject(down),
      maxSize: 100,
      maxInFlight: 1,
      isInputError: (e) => e === badInput,
    });
    const all = await Promise.allSettled([1, 2].map((n) => broken.load(n)));
    expect(all.map((r) => r.status === 'rejected' && r.reason)).toEqual([down, down]);
  });
});
