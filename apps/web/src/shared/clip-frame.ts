/** Until a clip's own shape is known: the shape most clips have. */
export const DEFAULT_CLIP_RATIO = 16 / 9;

/** Width ÷ height of a clip, or null when either side is unknown or not a size. */
export function clipRatio(
  width: number | null | undefined,
  height: number | null | undefined,
): number | null {
  if (!width || !height || !Number.isFinite(width) || !Number.isFinite(height)) return null;
  if (width <= 0 || height <= 0) return null;
  return width / height;
}

/**
 * The player's box for a clip of this shape: as wide as the column allows, but never taller than
 * `maxHeight` (a CSS length, e.g. "70dvh"), so a portrait clip stands tall and whole on a phone
 * instead of shrinking into a 16:9 strip, and a landscape one fills the width.
 */
export function clipFrameStyle(
  ratio: number | null,
  maxHeight: string,
): {
  width: string;
  aspectRatio: string;
} {
  const r = ratio ?? DEFAULT_CLIP_RATIO;
  const exact = Math.round(r * 10_000) / 10_000;
  return { width: `min(100%, calc(${maxHeight} * ${exact}))`, aspectRatio: String(exact) };
}
