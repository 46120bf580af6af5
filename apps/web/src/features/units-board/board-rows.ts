import { UNIT_LEVELS, type UnitLevel, type UnitsBoard, type UnitsBoardRow } from '@contest/contracts';
import { foldForSearch } from '@contest/domain';

/** The board's two tabs: this week's round, and every weekly round so far. */
export const BOARD_VIEWS = ['current', 'overall'] as const;
export type BoardView = (typeof BOARD_VIEWS)[number];

/** Levels that have a unit on the board, in the tree's order (the level filter offers only these). */
export function levelsOnBoard(rows: readonly UnitsBoardRow[]): UnitLevel[] {
  const present = new Set(rows.map((row) => row.level));
  return UNIT_LEVELS.filter((level) => present.has(level));
}

/**
 * Best rate first, units without a rate last; equal rates share a rank and the next rank skips
 * (1, 2, 2, 4), as the server ranks the whole board. Within equal rates the server's order stays.
 */
export function rankByRate(rows: readonly UnitsBoardRow[]): UnitsBoardRow[] {
  const sorted = [...rows].sort((a, b) => (b.participationRate ?? -1) - (a.participationRate ?? -1));
  let rank = 0;
  return sorted.map((row, index) => {
    if (row.participationRate === null) return { ...row, rank: null };
    if (index === 0 || sorted[index - 1].participationRate !== row.participationRate) rank = index + 1;
    return { ...row, rank };
  });
}

/**
 * The rows shown for a level: the server ranks units among the whole board, so a level on its own is
 * ranked again within itself ("first among communes"). A name search then only narrows what is shown,
 * keeping each unit's rank, so someone looking for their unit sees where it stands.
 */
export function boardRows(
  rows: readonly UnitsBoardRow[],
  level: UnitLevel | null,
  search = '',
): UnitsBoardRow[] {
  const ranked = level === null ? rankByRate(rows) : rankByRate(rows.filter((row) => row.level === level));
  const words = foldForSearch(search).split(/\s+/).filter(Boolean);
  if (words.length === 0) return ranked;
  return ranked.filter((row) => {
    const text = foldForSearch(`${row.name} ${row.code}`);
    return words.every((word) => text.includes(word));
  });
}

/** The rate as a bar's length, 0–100: a roster out of date can let participants pass the headcount. */
export function rateBarValue(rate: number | null): number {
  if (rate === null || !Number.isFinite(rate)) return 0;
  return Math.min(100, Math.max(0, rate * 100));
}

/** A push can overtake the first fetch (or a refetch after a reconnect): the later board wins. */
export function newerBoard(current: UnitsBoard | undefined, incoming: UnitsBoard): UnitsBoard {
  if (!current || current.contest.id !== incoming.contest.id) return incoming;
  return Date.parse(incoming.at) >= Date.parse(current.at) ? incoming : current;
}

/** Without a choice in the address: this week's round while it has units, else the whole contest. */
export function defaultView(board: Pick<UnitsBoard, 'current'>): BoardView {
  return board.current.length > 0 ? 'current' : 'overall';
}

/**
 * Units whose name another unit on the board shares ("Phòng Nội vụ" of two districts, two
 * "Xã Hòa Bình"), each with what tells it apart: its parent's name, or its code when the parents
 * are the same or unknown. Every other unit's name says enough on its own.
 */
export function namesToTellApart(rows: readonly UnitsBoardRow[]): Map<number, string> {
  const byName = new Map<string, Map<number, UnitsBoardRow>>();
  for (const row of rows) {
    const key = foldForSearch(row.name);
    const group = byName.get(key) ?? new Map<number, UnitsBoardRow>();
    group.set(row.unitId, row);
    byName.set(key, group);
  }
  const apart = new Map<number, string>();
  for (const group of byName.values()) {
    if (group.size < 2) continue;
    const units = [...group.values()];
    for (const row of units) {
      const parentShared =
        row.parentName === null ||
        units.some((other) => other.unitId !== row.unitId && other.parentName === row.parentName);
      apart.set(row.unitId, parentShared ? row.code : row.parentName!);
    }
  }
  return apart;
}
