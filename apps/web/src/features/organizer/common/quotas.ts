import type { TopicQuota } from '@contest/contracts';

/** Questions per topic as the form holds them; '' while a field is being typed over. */
export type QuotaDraft = Record<string, number | ''>;

export function quotaSum(quotas: QuotaDraft): number {
  return Object.values(quotas).reduce<number>((sum, count) => sum + (count === '' ? 0 : count), 0);
}

/** One entry per topic, in the topics' order: counts of kept topics survive, new topics start at 0. */
export function syncQuotas(topics: readonly string[], quotas: QuotaDraft): QuotaDraft {
  return Object.fromEntries(topics.map((topic) => [topic, quotas[topic] ?? 0]));
}

/** Spreads `total` questions as evenly as possible, the first topics taking the remainder. */
export function spreadEvenly(topics: readonly string[], total: number): QuotaDraft {
  if (topics.length === 0) return {};
  const base = Math.floor(total / topics.length);
  const extra = total % topics.length;
  return Object.fromEntries(topics.map((topic, index) => [topic, base + (index < extra ? 1 : 0)]));
}

/** The quotas the contract expects: topics with no question are left out. */
export function toTopicQuotas(quotas: QuotaDraft): TopicQuota[] {
  return Object.entries(quotas)
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number' && entry[1] > 0)
    .map(([topic, count]) => ({ topic, count }));
}

export function quotasFromSelection(topics: readonly string[], quotas: readonly TopicQuota[]): QuotaDraft {
  const draft: QuotaDraft = syncQuotas(topics, {});
  for (const quota of quotas) draft[quota.topic] = quota.count;
  return draft;
}

/** NumberInput gives a number, or a string while empty or half typed. */
export function asCount(value: number | string): number | '' {
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  const parsed = Number(value.replace(',', '.'));
  return value.trim() === '' || Number.isNaN(parsed) ? '' : parsed;
}

/** A draft number as the contract sees it: an empty field is not a number. */
export const numberOrNaN = (value: number | ''): number => (value === '' ? Number.NaN : value);
