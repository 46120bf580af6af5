import { IMPORT_FORMATS, type ImportProblem, type ImportReport } from '@contest/contracts';

export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** What one upload asks of the server: check only (`dryRun`), or apply. */
export interface ImportRequest {
  file: File;
  format: ImportFormat;
  dryRun: boolean;
}

/**
 * Where a report leaves the user: `blocked` nothing can be applied until the file is fixed,
 * `checked` clean and waiting for confirmation, `applied` done.
 */
export type ImportStage = 'blocked' | 'checked' | 'applied';

export function importStage(report: Pick<ImportReport, 'ok' | 'dryRun'>): ImportStage {
  if (!report.ok) return 'blocked';
  return report.dryRun ? 'checked' : 'applied';
}

/** The import format named by a file's extension, if it is one of `formats`; null for anything else. */
export function importFormatOf(
  fileName: string,
  formats: readonly ImportFormat[] = IMPORT_FORMATS,
): ImportFormat | null {
  const dot = fileName.lastIndexOf('.');
  const extension = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : null;
  return formats.find((format) => format === extension) ?? null;
}

/** The file input's `accept` attribute for these formats. */
export function acceptOf(formats: readonly ImportFormat[]): string {
  return formats.map((format) => `.${format}`).join(',');
}

/** The extensions as a sentence says them: ".xlsx or .csv", ".xlsx hoặc .csv". */
export function extensionsText(formats: readonly ImportFormat[], language: string): string {
  const list = new Intl.ListFormat(language, { style: 'long', type: 'disjunction' });
  return list.format(formats.map((format) => `.${format}`));
}

export interface RowProblems {
  /** 0 for the file as a whole. */
  row: number;
  problems: ImportProblem[];
}

/**
 * Problems gathered by spreadsheet row, rows in order and the whole file's first, so a row with
 * three faults reads as one place to fix (the server lists some of them late, such as duplicates).
 */
export function problemsByRow(problems: readonly ImportProblem[]): RowProblems[] {
  const rows = new Map<number, ImportProblem[]>();
  for (const problem of problems) {
    const row = rows.get(problem.row);
    if (row) row.push(problem);
    else rows.set(problem.row, [problem]);
  }
  return [...rows].sort(([a], [b]) => a - b).map(([row, list]) => ({ row, problems: list }));
}

export interface ImportTestIds {
  file: string;
  template: string;
  report: string;
  confirm: string;
  done: string;
  problems: string;
  problem: string;
}

/** `${prefix}-file`, `${prefix}-report` …, with the ids browser tests knew before the panels were shared. */
export function importTestIds(prefix: string, overrides: Partial<ImportTestIds> = {}): ImportTestIds {
  return {
    file: `${prefix}-file`,
    template: `${prefix}-template`,
    report: `${prefix}-report`,
    confirm: `${prefix}-confirm`,
    done: `${prefix}-done`,
    problems: `${prefix}-problems`,
    problem: `${prefix}-problem`,
    ...overrides,
  };
}
