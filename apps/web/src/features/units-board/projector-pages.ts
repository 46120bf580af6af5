/** Units shown large at the top of the projector, always on screen. */
export const PROJECTOR_TOP = 3;
/** Units per page of the rest, in two columns of five: readable from the back of a hall at 1080p. */
export const PROJECTOR_PAGE_SIZE = 10;
/** Long enough to find one's unit in ten rows, short enough that the whole board passes in minutes. */
export const PROJECTOR_PAGE_MS = 8_000;

export interface ProjectorLayout<T> {
  top: T[];
  /** The rest of the board, page by page; empty when the top holds every unit. */
  pages: T[][];
}

export function projectorLayout<T>(
  rows: readonly T[],
  top = PROJECTOR_TOP,
  pageSize = PROJECTOR_PAGE_SIZE,
): ProjectorLayout<T> {
  const rest = rows.slice(top);
  const pages: T[][] = [];
  for (let start = 0; start < rest.length; start += pageSize) pages.push(rest.slice(start, start + pageSize));
  return { top: rows.slice(0, top), pages };
}

/** The page after `index`, back to the first after the last. */
export function nextPage(index: number, pageCount: number): number {
  return pageCount <= 0 ? 0 : (clampPage(index, pageCount) + 1) % pageCount;
}

export function previousPage(index: number, pageCount: number): number {
  return pageCount <= 0 ? 0 : (clampPage(index, pageCount) - 1 + pageCount) % pageCount;
}

/** A live update can shorten the board (a level filter, fewer units): stay on a page that exists. */
export function clampPage(index: number, pageCount: number): number {
  if (pageCount <= 0) return 0;
  return Math.min(Math.max(0, Math.trunc(index)), pageCount - 1);
}

/**
 * How much smaller a long name is set on the projector, so it shows whole (never cut) in the
 * room a row has: full size up to a usual name, then a step down, then another.
 */
export function projectorNameScale(name: string): number {
  const length = [...name].length;
  if (length <= 34) return 1;
  if (length <= 56) return 0.85;
  return 0.72;
}
