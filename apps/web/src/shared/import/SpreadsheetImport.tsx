import { IMPORT_FORMATS, type ImportReport } from '@contest/contracts';
import { Anchor, Card, FileInput, Group, Loader, Stack, Text, type FileInputProps } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../ErrorAlert';
import { ImportReportView, type ImportReportWording } from './ImportReportView';
import {
  acceptOf,
  extensionsText,
  importFormatOf,
  importTestIds,
  type ImportFormat,
  type ImportRequest,
  type ImportTestIds,
} from './spreadsheet-import';

export interface SpreadsheetImportProps<R extends ImportReport> extends ImportReportWording<R> {
  title: ReactNode;
  description: ReactNode;
  templateUrl: string;
  /** Beside the template's link, such as an export of what is there now. */
  links?: ReactNode;
  fileLabel: string;
  /** Accepted by extension; .xlsx and .csv unless the import says otherwise. */
  formats?: readonly ImportFormat[];
  /** Sends the file, to be checked (`dryRun`) or applied, and answers the server's report. */
  upload(request: ImportRequest): Promise<R>;
  /** After a confirmed import: refresh what it changed. */
  onApplied?(report: R): void;
  /** Options beside the file (a mode, say); `upload` reads their values. */
  fields?: ReactNode;
  /** Changes with the fields' values, so the chosen file is checked again with them. */
  fieldsKey?: string;
  /** Prefix of every test id: `${testId}-file`, `${testId}-report` … */
  testId: string;
  /** Ids that browser tests used before the panels were shared, where they break the pattern. */
  testIds?: Partial<ImportTestIds>;
}

/**
 * A spreadsheet import that checks everything first: choosing a file runs a dry run whose report
 * lists every problem by row, and only a clean file can be confirmed, which uploads it again to apply.
 */
export function SpreadsheetImport<R extends ImportReport>({
  title,
  description,
  templateUrl,
  links,
  fileLabel,
  formats = IMPORT_FORMATS,
  upload,
  onApplied,
  fields,
  fieldsKey,
  testId,
  testIds,
  ...wording
}: SpreadsheetImportProps<R>) {
  const { t, i18n } = useTranslation();
  const ids = importTestIds(testId, testIds);
  const [file, setFile] = useState<File | null>(null);
  const [wrongType, setWrongType] = useState(false);
  // Kept while the confirmed import runs, so the user still sees what is being imported.
  const [report, setReport] = useState<R | null>(null);

  const send = useMutation({
    mutationFn: upload,
    // Here, not in mutate's callbacks: the refresh is owed even if the user has left the page.
    onSuccess: (answer) => {
      if (!answer.dryRun && answer.ok) onApplied?.(answer);
    },
  });

  const run = (request: ImportRequest) =>
    send.mutate(request, {
      // mutate's own callback fires for the latest upload only, so a slow check of a file the
      // user has since replaced never shows its report.
      onSuccess: (answer) => {
        setReport(answer);
        if (!answer.dryRun && answer.ok) setFile(null);
      },
    });

  const check = (chosen: File | null) => {
    setReport(null);
    send.reset();
    const format = chosen && importFormatOf(chosen.name, formats);
    setWrongType(chosen !== null && !format);
    if (chosen && format) run({ file: chosen, format, dryRun: true });
  };

  const choose = (chosen: File | null) => {
    setFile(chosen);
    check(chosen);
  };

  const confirm = () => {
    const format = file && importFormatOf(file.name, formats);
    if (file && format) run({ file, format, dryRun: false });
  };

  // A report checked with other options says nothing about what confirming would now do.
  const checkedWith = useRef(fieldsKey);
  useEffect(() => {
    if (checkedWith.current === fieldsKey) return;
    checkedWith.current = fieldsKey;
    if (file) check(file);
    // Only the fields' key: choosing a file checks it by itself.
  }, [fieldsKey]);

  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} maw={640} style={{ minWidth: 0, flex: '1 1 260px' }}>
            <Text fw={500}>{title}</Text>
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          </Stack>
          <Group gap="md">
            <Anchor href={templateUrl} size="sm" download data-testid={ids.template}>
              {t('spreadsheetImport.template')}
            </Anchor>
            {links}
          </Group>
        </Group>
        <FileInput
          label={fileLabel}
          placeholder={t('spreadsheetImport.filePlaceholder')}
          accept={acceptOf(formats)}
          clearable
          value={file}
          onChange={choose}
          error={
            wrongType
              ? t('spreadsheetImport.wrongType', { extensions: extensionsText(formats, i18n.language) })
              : undefined
          }
          // The testid goes on the real <input type="file">, where a browser test can set files.
          fileInputProps={{ 'data-testid': ids.file } as FileInputProps['fileInputProps']}
          maw={480}
        />
        {fields}
        {send.isPending && send.variables.dryRun && (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm">{t('spreadsheetImport.checking')}</Text>
          </Group>
        )}
        {send.isError && <ErrorAlert error={send.error} />}
        {report && (
          <ImportReportView
            {...wording}
            report={report}
            testIds={ids}
            importing={send.isPending && !send.variables.dryRun}
            canConfirm={file !== null}
            onConfirm={confirm}
          />
        )}
      </Stack>
    </Card>
  );
}
