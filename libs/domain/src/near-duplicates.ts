import { foldForSearch } from './text';

export const NEAR_DUPLICATE_JACCARD_THRESHOLD = 0.8;
/** Levenshtein catches one-word variants ("Tân Lập" / "Tân Lợi") that word sets miss. */
export const NEAR_DUPLICATE_LEVENSHTEIN_THRESHOLD = 0.9;
/**
 * Beyond this folded length, 10% of edits can change a whole phrase, and the word sets already
 * judge long titles well.
 */
export const NEAR_DUPLICATE_SHORT_TITLE_MAX_LENGTH = 80;

interface FoldedTitle {
  id: number;
  text: string;
  /** Distinct words as ids from a shared dictionary, ascending: intersections become merges. */
  words: Int32Array;
  /** The most edits that still leave 90% similarity when this is the longer title. */
  maxEdits: number;
  /** Letter and digit counts: half their L1 distance is a lower bound on the edit distance. */
  histogram: Uint16Array;
}

/**
 * Pairs of entries whose titles are nearly the same once diacritics, case, punctuation and extra
 * spaces are folded away: identical folded text, or a token-set similarity (Jaccard over words)
 * >= threshold (default 0.8), or a normalised Levenshtein similarity >= 0.9 for short titles
 * (at most 80 folded characters). Each pair once, lower id first, sorted by a then b;
 * `similarity` is the highest of the measures that matched (1 for identical text), to 3 decimals.
 * Titles that fold to nothing are skipped.
 */
export function nearDuplicateTitles(
  entries: readonly { id: number; title: string }[],
  threshold = NEAR_DUPLICATE_JACCARD_THRESHOLD,
): { a: number; b: number; similarity: number }[] {
  const dictionary = new Map<string, number>();
  const folded = entries
    .map((e) => foldTitle(e.id, e.title, dictionary))
    .filter((t) => t.text.length > 0)
    .sort((x, y) => x.id - y.id);
  const pairs: { a: number; b: number; similarity: number }[] = [];
  for (let i = 0; i < folded.length; i++) {
    for (let j = i + 1; j < folded.length; j++) {
      const x = folded[i];
      const y = folded[j];
      if (x.id === y.id) continue;
      const similarity = titleSimilarity(x, y, threshold);
      if (similarity !== null) pairs.push({ a: x.id, b: y.id, similarity });
    }
  }
  return pairs;
}

function foldTitle(id: number, title: string, dictionary: Map<string, number>): FoldedTitle {
  const text = foldForSearch(title)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const histogram = new Uint16Array(37);
  for (let k = 0; k < text.length; k++) histogram[bucket(text.charCodeAt(k))]++;
  const maxEdits = Math.floor(text.length * (1 - NEAR_DUPLICATE_LEVENSHTEIN_THRESHOLD) + 1e-9);
  const wordIds = new Set(
    text.split(' ').map((w) => dictionary.get(w) ?? dictionary.set(w, dictionary.size).size - 1),
  );
  const words = Int32Array.from(wordIds).sort();
  return { id, text, words, maxEdits, histogram };
}

/** a–z, 0–9, and one bucket for everything else (spaces, letters outside Latin). */
function bucket(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return code - 48 + 26;
  return 36;
}

/** The best matching measure, or null when none reaches its threshold. Cheap checks first. */
function titleSimilarity(x: FoldedTitle, y: FoldedTitle, threshold: number): number | null {
  if (x.text === y.text) return 1;
  let best: number | null = null;
  const jaccard = wordJaccard(x.words, y.words, threshold);
  if (jaccard !== null && jaccard >= threshold) best = jaccard;
  const longer = x.text.length >= y.text.length ? x : y;
  const lengthGap = x.text.length - y.text.length;
  if (
    longer.text.length <= NEAR_DUPLICATE_SHORT_TITLE_MAX_LENGTH &&
    (lengthGap < 0 ? -lengthGap : lengthGap) <= longer.maxEdits
  ) {
    if (histogramBound(x.histogram, y.histogram) <= longer.maxEdits) {
      const distance = boundedLevenshtein(x.text, y.text, longer.maxEdits);
      if (distance !== null) {
        const levenshtein = 1 - distance / longer.text.length;
        if (levenshtein >= NEAR_DUPLICATE_LEVENSHTEIN_THRESHOLD && (best === null || levenshtein > best))
          best = levenshtein;
      }
    }
  }
  return best === null ? null : Math.round(best * 1000) / 1000;
}

/** Null when the set sizes alone rule the threshold out (|A∩B|/|A∪B| ≤ min/max). */
function wordJaccard(a: Int32Array, b: Int32Array, threshold: number): number | null {
  const small = a.length <= b.length ? a.length : b.length;
  const large = a.length + b.length - small;
  if (small < threshold * large) return null;
  let common = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return common / (a.length + b.length - common);
}

/**
 * Each edit changes the character counts by at most 2 in total. This runs for every pair: plain
 * comparisons, since Math.abs in this loop measured 100× slower under jest's vm.
 */
function histogramBound(a: Uint16Array, b: Uint16Array): number {
  let diff = 0;
  for (let k = 0; k < a.length; k++) diff += a[k] > b[k] ? a[k] - b[k] : b[k] - a[k];
  return (diff + 1) >> 1;
}

/**
 * Levenshtein distance, or null once it must exceed `max`: only the diagonal band of width
 * 2·max + 1 can hold a path that cheap.
 */
function boundedLevenshtein(s: string, t: string, max: number): number | null {
  if (Math.abs(s.length - t.length) > max) return null;
  const inf = max + 1;
  let prev = new Array<number>(t.length + 1).fill(inf);
  let curr = new Array<number>(t.length + 1).fill(inf);
  for (let j = 0; j <= Math.min(t.length, max); j++) prev[j] = j;
  for (let i = 1; i <= s.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(t.length, i + max);
    curr.fill(inf);
    if (i <= max) curr[0] = i;
    let rowMin = curr[0];
    for (let j = from; j <= to; j++) {
      let best = prev[j - 1] + (s.charCodeAt(i - 1) === t.charCodeAt(j - 1) ? 0 : 1);
      if (prev[j] + 1 < best) best = prev[j] + 1;
      if (curr[j - 1] + 1 < best) best = curr[j - 1] + 1;
      curr[j] = best < inf ? best : inf;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > max) return null;
    [prev, curr] = [curr, prev];
  }
  return prev[t.length] <= max ? prev[t.length] : null;
}
