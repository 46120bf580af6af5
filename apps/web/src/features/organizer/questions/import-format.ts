import type { QuestionImportQuery } from '@contest/contracts';

/** The import format named by a file's extension; null for anything else. */
export function importFormatOf(fileName: string): QuestionImportQuery['format'] | null {
  const dot = fileName.lastIndexOf('.');
  const extension = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : null;
  return extension === 'xlsx' || extension === 'csv' ? extension : null;
}

export const IMPORT_ACCEPT = '.xlsx,.csv';
