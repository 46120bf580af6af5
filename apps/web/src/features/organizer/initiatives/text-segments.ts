/** A run of a text: plain, or inside the passage numbered `passage` (1-based, as the reader sees it). */
export interface TextSegment {
  text: string;
  passage: number | null;
}

/**
 * A text cut into plain and highlighted runs by [start, end) character ranges, each range keeping
 * the number of its passage so both sides of a comparison show the same numbers. Ranges are
 * clamped to the text; one overlapping an earlier-starting range is left out rather than nested.
 */
export function textSegments(text: string, ranges: readonly (readonly [number, number])[]): TextSegment[] {
  const marked = ranges
    .map(([start, end], index) => ({
      start: Math.max(0, Math.min(start, text.length)),
      end: Math.max(0, Math.min(end, text.length)),
      passage: index + 1,
    }))
    .filter((range) => range.end > range.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: TextSegment[] = [];
  let at = 0;
  for (const range of marked) {
    if (range.start < at) continue;
    if (range.start > at) segments.push({ text: text.slice(at, range.start), passage: null });
    segments.push({ text: text.slice(range.start, range.end), passage: range.passage });
    at = range.end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), passage: null });
  return segments;
}

/** How much of a text its highlighted runs cover, 0–1: "most of it" reads differently from "a phrase". */
export function highlightedShare(segments: readonly TextSegment[]): number {
  const total = segments.reduce((sum, segment) => sum + segment.text.length, 0);
  const marked = segments
    .filter((segment) => segment.passage !== null)
    .reduce((sum, segment) => sum + segment.text.length, 0);
  return total === 0 ? 0 : marked / total;
}
