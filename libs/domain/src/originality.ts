import { foldForSearch } from './text';

/**
 * When two initiatives are "the same idea". Postgres measures (pg_trgm's trigram similarity over
 * folded text, 0–1); these thresholds turn the measures into what the organizer is shown.
 * Vietnamese syllables are short and shared ("thu tuc hanh chinh", "nguoi dan", "mot cua"), so
 * unrelated initiatives of one field already score 0.3–0.4 on their texts, while a copy without
 * its tone marks or a close paraphrase scores 0.8 and more (measured on such pairs): the cut-offs
 * sit between. Titles are short and must agree more to mean the same thing.
 */
export const ORIGINALITY_THRESHOLDS = {
  /** Below this on both title and text a pair is not fetched at all (the trigram index's cut-off). */
  candidate: 0.45,
  likelyDuplicateTitle: 0.7,
  likelyDuplicateText: 0.6,
  similarTitle: 0.55,
  similarText: 0.48,
} as const;

export type OriginalityLevel = 'likely_duplicate' | 'similar';

export function originalityLevel(titleSimilarity: number, textSimilarity: number): OriginalityLevel | null {
  const t = ORIGINALITY_THRESHOLDS;
  if (titleSimilarity >= t.likelyDuplicateTitle || textSimilarity >= t.likelyDuplicateText)
    return 'likely_duplicate';
  if (titleSimilarity >= t.similarTitle || textSimilarity >= t.similarText) return 'similar';
  return null;
}

/** The text of an initiative that is compared: what it is called, what it says, what it does. */
export const originalityText = (e: { title: string; summary: string; solution?: string }): string =>
  [e.title, e.summary, e.solution ?? ''].filter((p) => p.trim().length > 0).join('\n');

/** Text as it is stored for the trigram index: folded (no tone marks, đ → d), punctuation as spaces. */
export const foldForComparison = (text: string): string =>
  foldForSearch(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

interface Word {
  folded: string;
  start: number;
  end: number;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const folded = foldForSearch(m[0]);
    if (folded) out.push({ folded, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * Passages two texts share: runs of at least `minWords` consecutive words that read the same once
 * folded (so "thủ tục" and "thu tuc" match), as character ranges [start, end) of each original
 * text, longest first, none overlapping on either side. What the organizer reads side by side.
 */
export function sharedPassages(
  a: string,
  b: string,
  minWords = 5,
): { a: [number, number]; b: [number, number]; words: number }[] {
  const wa = words(a);
  const wb = words(b);
  if (wa.length < minWords || wb.length < minWords) return [];
  const key = (ws: Word[], i: number) =>
    ws
      .slice(i, i + minWords)
      .map((w) => w.folded)
      .join(' ');
  const starts = new Map<string, number[]>();
  for (let j = 0; j + minWords <= wb.length; j++) {
    const k = key(wb, j);
    const list = starts.get(k);
    if (list) list.push(j);
    else starts.set(k, [j]);
  }
  const runs: { i: number; j: number; n: number }[] = [];
  for (let i = 0; i + minWords <= wa.length; i++) {
    for (const j of starts.get(key(wa, i)) ?? []) {
      // Only a run's first pair starts it: a pair inside a longer run is already counted there.
      if (i > 0 && j > 0 && wa[i - 1].folded === wb[j - 1].folded) continue;
      let n = minWords;
      while (i + n < wa.length && j + n < wb.length && wa[i + n].folded === wb[j + n].folded) n++;
      runs.push({ i, j, n });
    }
  }
  runs.sort((x, y) => y.n - x.n || x.i - y.i || x.j - y.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const kept: { a: [number, number]; b: [number, number]; words: number }[] = [];
  for (const r of runs) {
    let free = true;
    for (let k = 0; k < r.n && free; k++) free = !usedA.has(r.i + k) && !usedB.has(r.j + k);
    if (!free) continue;
    for (let k = 0; k < r.n; k++) {
      usedA.add(r.i + k);
      usedB.add(r.j + k);
    }
    kept.push({
      a: [wa[r.i].start, wa[r.i + r.n - 1].end],
      b: [wb[r.j].start, wb[r.j + r.n - 1].end],
      words: r.n,
    });
  }
  return kept;
}
