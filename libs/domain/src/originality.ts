import { foldForSearch } from './text';

/**
 * When two initiatives are "the same idea". Titles are compared by pg_trgm's trigram similarity
 * over folded text (0–1): they are short, a title typed again without its tone marks is the same,
 * and one changed word still leaves it near 0.7. Texts are compared by the share of two-syllable phrases they have in common (Jaccard over
 * `phraseShingles`): Vietnamese is written in short syllables from a small alphabet, so character
 * trigrams of two unrelated long texts converge (measured: unrelated 120-word texts score 0.53 on
 * trigrams), while two-syllable phrases keep their meaning ("thu tuc", "ho tich", "dat dai").
 * Unrelated initiatives of one field share a few phrases (0.02–0.1); a copy shares almost all.
 */
export const ORIGINALITY_THRESHOLDS = {
  likelyDuplicateTitle: 0.8,
  likelyDuplicateText: 0.5,
  similarTitle: 0.6,
  similarText: 0.25,
} as const;

export type OriginalityLevel = 'likely_duplicate' | 'similar';

export function originalityLevel(titleSimilarity: number, textSimilarity: number): OriginalityLevel | null {
  const t = ORIGINALITY_THRESHOLDS;
  if (titleSimilarity >= t.likelyDuplicateTitle || textSimilarity >= t.likelyDuplicateText)
    return 'likely_duplicate';
  if (titleSimilarity >= t.similarTitle || textSimilarity >= t.similarText) return 'similar';
  return null;
}

/** FNV-1a, 32 bits, as a signed integer (Postgres int4). */
function hash32(text: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/**
 * A text's two-syllable phrases, folded (so tone marks and đ do not hide a copy), as distinct
 * 32-bit hashes in ascending order: what `textSimilarity` compares.
 */
export function phraseShingles(text: string): number[] {
  const syllables = foldForComparison(text).split(' ').filter(Boolean);
  const out = new Set<number>();
  for (let i = 0; i + 1 < syllables.length; i++) out.add(hash32(`${syllables[i]} ${syllables[i + 1]}`));
  if (syllables.length === 1) out.add(hash32(syllables[0]));
  return [...out].sort((a, b) => a - b);
}

/** Jaccard similarity of two ascending shingle lists: shared phrases over all phrases of either. */
export function textSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

/** MurmurHash3's finaliser: a fast, well-spread 32-bit integer hash (one per min-hash seed). */
function mix32(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Locality-sensitive hashing: 24 bands of 4 min-hashes each (96 min-hashes in all). */
const BANDS = 24;
const ROWS = 4;
const MINHASH_SEEDS = Array.from({ length: BANDS * ROWS }, (_, k) => hash32(`minhash-${k}`));

/**
 * Band keys of a phrase set: two sets share a key when all four min-hashes of one band agree,
 * which happens with probability J⁴ per band for sets of Jaccard J. Over 24 bands a pair shares a
 * key with probability 1 − (1 − J⁴)²⁴: 99.9% for a copy at J = 0.7, 96% at 0.6, 79% at 0.5, but
 * 18% at 0.3 and 4% at 0.2, so a GIN index over these keys finds the likely duplicates among
 * thousands of rows while fetching few of the pairs that merely share the field's common phrases.
 * `part` keeps a title's keys apart from a text's.
 */
export function similarityBands(shingles: readonly number[], part: 'title' | 'text' = 'text'): number[] {
  if (shingles.length === 0) return [];
  const mins = MINHASH_SEEDS.map((seed) => {
    let min = 0x7fffffff;
    for (const s of shingles) {
      const h = mix32(s ^ seed);
      if (h < min) min = h;
    }
    return min;
  });
  const keys = new Set<number>();
  for (let b = 0; b < BANDS; b++)
    keys.add(hash32(`${part}:${b}:${mins.slice(b * ROWS, b * ROWS + ROWS).join(',')}`));
  return [...keys].sort((x, y) => x - y);
}

/**
 * What originality stores for one initiative: its text's phrases (compared in full for the pairs
 * found) and the band keys of its title and of its text (what the index finds pairs by), so a
 * title typed again is found even when the text around it was rewritten.
 */
export function originalityKeys(title: string, text: string): { shingles: number[]; bands: number[] } {
  const shingles = phraseShingles(text);
  const bands = [...similarityBands(phraseShingles(title), 'title'), ...similarityBands(shingles, 'text')];
  return { shingles, bands: [...new Set(bands)].sort((x, y) => x - y) };
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
