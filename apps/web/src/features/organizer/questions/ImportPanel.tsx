import type { ImportReport, QuestionImportQuery } from '@contest/contracts';
import { Anchor, Card, FileInput, Group, Loader, Stack, Text, type FileInputProps } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { queryKeys, routeUrl, uploadFile } from '../../../api';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { IMPORT_ACCEPT, importFormatOf } from './import-format';
import { ImportReportView } from './ImportReportView';

type Upload = { file: File; format: QuestionImportQuery['format']; dryRun: boolean };

// The testid goes on the real <input type="file">, where a browser test can set files.
const FILE_INPUT_PROPS = { 'data-testid': 'import-file' } as FileInputProps['fileInputProps'];

/** Import from a spreadsheet: a dry run checks every row first, then the organizer confirms. */
export function ImportPanel({ contestId }: { contestId: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [wrongType, setWrongType] = useState(false);
  // Kept while the confirmed import runs, so the organizer still sees what is being imported.
  const [report, setReport] = useState<ImportReport | null>(null);

  const upload = useMutation({
    mutationFn: ({ file: body, format, dryRun }: Upload): Promise<ImportReport> =>
      uploadFile('importQuestions', {
        params: { contestId },
        query: { format, dryRun: dryRun ? 'true' : 'false' },
        file: body,
      }),
    onSuccess: (answer) => {
      setReport(answer);
      if (!answer.dryRun && answer.ok) {
        void queryClient.invalidateQueries({ queryKey: queryKeys.questions(contestId) });
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
          <Stack gap={2}>
            <Text fw={500}>{t('organizer.import.title')}</Text>
            <Text size="sm" c="dimmed">
              {t('organizer.import.hint')}
            </Text>
          </Stack>
          <Group gap="md">
            <Anchor
              href={routeUrl('questionTemplate', { params: { contestId } })}
              size="sm"
              data-testid="import-template"
            >
              {t('organizer.import.template')}
            </Anchor>
            <Anchor
              href={routeUrl('exportQuestions', { params: { contestId } })}
              size="sm"
              data-testid="questions-export"
            >
              {t('organizer.import.exportBank')}
            </Anchor>
          </Group>
        </Group>
        <FileInput
          label={t('organizer.import.file')}
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
          <ImportReportView
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
