import { clipFrameStyle, clipRatio, DEFAULT_CLIP_RATIO } from './clip-frame';

describe('clipRatio', () => {
  it('is width over height, and null for a missing or senseless size', () => {
    expect(clipRatio(1080, 1920)).toBeCloseTo(0.5625);
    expect(clipRatio(640, 360)).toBeCloseTo(16 / 9);
    expect(clipRatio(null, 360)).toBeNull();
    expect(clipRatio(640, 0)).toBeNull();
    expect(clipRatio(-1, 5)).toBeNull();
    expect(clipRatio(Number.NaN, 5)).toBeNull();
  });
});

describe('clipFrameStyle', () => {
  /** The box a browser gives it in a column `column` px wide, on a screen `screen` px tall, at 70 %. */
  const box = (ratio: number | null, column: number, screen: number) => {
    const r = ratio ?? DEFAULT_CLIP_RATIO;
    const width = Math.min(column, 0.7 * screen * r);
    return { width: Math.round(width), height: Math.round(width / r) };
  };

  it('stands a portrait clip tall within the screen, not in a 16:9 strip', () => {
    const style = clipFrameStyle(1080 / 1920, '70dvh');
    expect(style).toEqual({ width: 'min(100%, calc(70dvh * 0.5625))', aspectRatio: '0.5625' });
    // On a 360 × 760 phone: about 299 × 532, where a 16:9 box held it at 104 × 185.
    expect(box(0.5625, 328, 760)).toEqual({ width: 299, height: 532 });
  });

  it('lets a landscape clip fill the column, and assumes 16:9 until the shape is known', () => {
    expect(box(16 / 9, 328, 760)).toEqual({ width: 328, height: 185 });
    expect(clipFrameStyle(null, '60vh')).toEqual({
      width: `min(100%, calc(60vh * ${Math.round((16 / 9) * 10_000) / 10_000}))`,
      aspectRatio: String(Math.round((16 / 9) * 10_000) / 10_000),
    });
  });
});
