import { UNIT_SHEET, type UnitImportQuery, type UnitImportReport } from '@contest/contracts';
import { Anchor, Card, FileInput, Group, Loader, Stack, Text, type FileInputProps } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { routeUrl, uploadFile } from '../../../api';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { IMPORT_ACCEPT, importFormatOf } from '../questions/import-format';
import { UnitImportReportView } from './UnitImportReportView';
import { useRefreshUnits } from './use-unit-tree';

const TEMPLATE_COLUMNS = Object.values(UNIT_SHEET.headers).join(', ');

type Upload = { file: File; format: UnitImportQuery['format']; dryRun: boolean };

// The testid goes on the real <input type="file">, where a browser test can set files.
const FILE_INPUT_PROPS = { 'data-testid': 'unit-import-file' } as FileInputProps['fileInputProps'];

/** The tree from a spreadsheet, as the question bank is: every row checked first, then applied on confirmation. */
export function UnitImportPanel({ contestId, contestName }: { contestId: number; contestName: string }) {
  const { t } = useTranslation();
  const refresh = useRefreshUnits();
  const [file, setFile] = useState<File | null>(null);
  const [wrongType, setWrongType] = useState(false);
  const [report, setReport] = useState<UnitImportReport | null>(null);

  const upload = useMutation({
    mutationFn: ({ file: body, format, dryRun }: Upload): Promise<UnitImportReport> =>
      uploadFile('importUnits', {
        query: { format, contestId, dryRun: dryRun ? 'true' : 'false' },
        file: body,
      }),
    onSuccess: (answer) => {
      setReport(answer);
      if (!answer.dryRun && answer.ok) {
        void refresh();
        setFile(null);
      }
    },
  });

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setReport(null);
    upload.reset();
    const format = chosen && importFormatOf(chosen.name);
    setWrongType(chosen !== null && !format);
    if (chosen && format) upload.mutate({ file: chosen, format, dryRun: true });
  };

  const confirm = () => {
    const format = file && importFormatOf(file.name);
    if (file && format) upload.mutate({ file, format, dryRun: false });
  };

  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2} maw={640}>
            <Text fw={500}>{t('units.import.title')}</Text>
            <Text size="sm" c="dimmed">
              {t('units.import.hint', { columns: TEMPLATE_COLUMNS, contest: contestName })}
            </Text>
          </Stack>
          <Group gap="md">
            <Anchor href={routeUrl('unitTemplate')} size="sm" data-testid="unit-template">
              {t('units.import.template')}
            </Anchor>
            <Anchor
              href={routeUrl('exportUnits', { query: { contestId } })}
              size="sm"
              data-testid="unit-export"
            >
              {t('units.import.export')}
            </Anchor>
          </Group>
        </Group>
        <FileInput
          label={t('units.import.file')}
          placeholder={t('organizer.import.filePlaceholder')}
          accept={IMPORT_ACCEPT}
          clearable
          value={file}
          onChange={choose}
          error={wrongType ? t('organizer.import.wrongType') : undefined}
          fileInputProps={FILE_INPUT_PROPS}
          maw={480}
        />
        {upload.isPending && upload.variables.dryRun && (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm">{t('organizer.import.checking')}</Text>
          </Group>
        )}
        {upload.isError && <ErrorAlert error={upload.error} />}
        {report && (
          <UnitImportReportView
            report={report}
            importing={upload.isPending && !upload.variables.dryRun}
            onConfirm={confirm}
            canConfirm={file !== null}
          />
        )}
      </Stack>
    </Card>
  );
}
