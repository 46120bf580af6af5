import type { MergedUnit, UnitNode } from '@contest/contracts';

export interface MergedUnitLine {
  unit: MergedUnit;
  /** The unit it was merged into; itself perhaps merged away later. */
  intoName: string;
  /** Where its history counts now, when that is not the unit it was merged into. */
  successorName: string | null;
}

/** The merged units, latest first, each with the names of the units it went into. */
export function mergedUnitLines(merged: readonly MergedUnit[], live: readonly UnitNode[]): MergedUnitLine[] {
  const names = new Map<number, string>([
    ...merged.map((unit) => [unit.id, unit.name] as const),
    ...live.map((unit) => [unit.id, unit.name] as const),
  ]);
  const nameOf = (id: number) => names.get(id) ?? `#${id}`;
  return [...merged]
    .sort((a, b) => Date.parse(b.mergedAt) - Date.parse(a.mergedAt))
    .map((unit) => ({
      unit,
      intoName: nameOf(unit.mergedIntoId),
      successorName: unit.successorId === unit.mergedIntoId ? null : nameOf(unit.successorId),
    }));
}
