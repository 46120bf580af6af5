/** Every choice, those in use first in their order, then the others in the given order. */
export function orderedChoices<T>(all: readonly T[], order: readonly T[]): { choice: T; used: boolean }[] {
  return [
    ...order.map((choice) => ({ choice, used: true })),
    ...all.filter((choice) => !order.includes(choice)).map((choice) => ({ choice, used: false })),
  ];
}

/** Uses a choice (last in the order) or stops using it. */
export function toggleChoice<T>(order: readonly T[], choice: T): T[] {
  return order.includes(choice) ? order.filter((item) => item !== choice) : [...order, choice];
}

/** Moves a choice in use one place earlier (-1) or later (+1); at either end nothing moves. */
export function moveChoice<T>(order: readonly T[], choice: T, step: -1 | 1): T[] {
  const from = order.indexOf(choice);
  const to = from + step;
  if (from < 0 || to < 0 || to >= order.length) return [...order];
  const next = [...order];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}
