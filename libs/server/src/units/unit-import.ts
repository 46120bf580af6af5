import { UNIT_LEVELS, UNIT_SHEET, type ImportProblem, type UnitLevel } from '@contest/contracts';
import { foldForSearch } from '@contest/domain';

import { importProblem } from '../spreadsheets/import-problem';
import { openSheet, type SheetRead } from '../spreadsheets/sheet-reader';

const H = UNIT_SHEET.headers;
const REQUIRED = [H.code, H.name, H.level, H.parentCode, H.headcount];
const CODE = /^[\p{L}\p{N}._-]{1,32}$/u;
const MAX_NAME = 255;

/** Level words compare without case, tone marks or punctuation: "Sở ban ngành" is "Sở, ban, ngành". */
const levelKey = (text: string) =>
  foldForSearch(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const LEVEL_WORDS = new Map<string, UnitLevel>([
  ...Object.entries(UNIT_SHEET.levelWords).map(
    ([level, word]) => [levelKey(word), level as UnitLevel] as const,
  ),
  ...UNIT_LEVELS.map((level) => [levelKey(level), level] as const),
]);

/** A unit already in the system, as the import sees it. */
export interface KnownUnit {
  code: string;
  parentCode: string | null;
  /** Name of the unit it was merged into; null while it is live. */
  mergedIntoName: string | null;
}

export interface UnitRow {
  row: number;
  code: string;
  name: string;
  level: UnitLevel;
  parentCode: string | null;
  headcount: number;
}

export interface CheckedUnitImport {
  units: UnitRow[];
  problems: ImportProblem[];
}

/** "1234", "1.234", "1,234" and "1 234" are the same count; "12,5" or "-3" are not counts. */
function parseHeadcount(text: string): number | null {
  const t = text.trim();
  if (/^\d+$/.test(t)) return Number(t);
  if (/^\d{1,3}([.,\s]\d{3})+$/.test(t)) return Number(t.replace(/[.,\s]/g, ''));
  return null;
}

/**
 * Checks a unit tree file whole against itself and the units already known: a clean file gives
 * the rows to apply (codes already known are updated, new ones created), any problem anywhere
 * gives every problem and no rows. Units the file does not name are left as they are.
 */
export function checkUnitImport(sheet: SheetRead, known: ReadonlyMap<string, KnownUnit>): CheckedUnitImport {
  const { problems, columns } = openSheet(sheet, REQUIRED, 'no_units');
  if (!columns) return { units: [], problems };
  const cell = columns.cell;

  const units: UnitRow[] = [];
  const rowOfCode = new Map<string, number>();
  for (const { row, cells } of sheet.rows) {
    const before = problems.length;
    const problem = (header: string | null, code: Parameters<typeof importProblem>[2], params = {}) =>
      problems.push(importProblem(row, header, code, params));
    // Codes compare as typed but without case: "qa-s01" and "QA-S01" are one unit.
    const code = cell(cells, H.code).toUpperCase();
    const name = cell(cells, H.name).replace(/\s+/g, ' ');
    const levelText = cell(cells, H.level);
    const parentCode = cell(cells, H.parentCode).toUpperCase() || null;
    const headcountText = cell(cells, H.headcount);

    if (!code) problem(H.code, 'unit_code_missing');
    else if (!CODE.test(code)) problem(H.code, 'unit_code_invalid', { given: code });
    else if (rowOfCode.has(code)) problem(H.code, 'unit_duplicate_code', { code, row: rowOfCode.get(code)! });
    else if (known.get(code)?.mergedIntoName)
      problem(H.code, 'unit_code_merged', { code, into: known.get(code)!.mergedIntoName! });
    if (code && !rowOfCode.has(code)) rowOfCode.set(code, row);

    if (!name) problem(H.name, 'unit_name_missing');
    else if (name.length > MAX_NAME) problem(H.name, 'unit_name_too_long', { max: MAX_NAME });

    const level = LEVEL_WORDS.get(levelKey(levelText));
    if (!levelText) problem(H.level, 'unit_level_missing');
    else if (!level)
      problem(H.level, 'unit_level_invalid', {
        given: levelText,
        allowed: Object.values(UNIT_SHEET.levelWords).join('; '),
      });

    if (parentCode && parentCode === code) problem(H.parentCode, 'unit_parent_self');

    const headcount = parseHeadcount(headcountText);
    if (!headcountText) problem(H.headcount, 'headcount_missing');
    else if (headcount === null || headcount > 1_000_000)
      problem(H.headcount, 'headcount_invalid', { given: headcountText });

    if (problems.length === before)
      units.push({ row, code, name, level: level!, parentCode, headcount: headcount! });
  }

  // Parents are checked once every code of the file is known: a row may name a parent further down.
  const inFile = new Map(units.map((u) => [u.code, u]));
  for (const u of units) {
    if (!u.parentCode || inFile.has(u.parentCode)) continue;
    const parent = known.get(u.parentCode);
    if (!parent && !rowOfCode.has(u.parentCode))
      problems.push(importProblem(u.row, H.parentCode, 'unit_parent_unknown', { code: u.parentCode }));
    else if (parent?.mergedIntoName)
      problems.push(
        importProblem(u.row, H.parentCode, 'unit_parent_merged', {
          code: u.parentCode,
          into: parent.mergedIntoName,
        }),
      );
  }
  for (const cycle of findCycles(inFile, known))
    problems.push(
      importProblem(inFile.get(cycle[0])!.row, H.parentCode, 'unit_cycle', { codes: cycle.join(' → ') }),
    );

  return problems.length ? { units: [], problems } : { units, problems };
}

/** Each cycle once, as the codes around it ending where it started, in the tree the import would make. */
function findCycles(inFile: ReadonlyMap<string, UnitRow>, known: ReadonlyMap<string, KnownUnit>): string[][] {
  const parentOf = (code: string) =>
    inFile.has(code) ? inFile.get(code)!.parentCode : (known.get(code)?.parentCode ?? null);
  const done = new Set<string>();
  const cycles: string[][] = [];
  for (const start of inFile.keys()) {
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let at: string | null = start;
    while (at && !done.has(at) && !onPath.has(at)) {
      onPath.set(at, path.length);
      path.push(at);
      at = parentOf(at);
    }
    if (at && onPath.has(at)) cycles.push([...path.slice(onPath.get(at)!), at]);
    for (const code of path) done.add(code);
  }
  return cycles;
}
