import type { RosterImportQuery, RosterImportReport } from '@contest/contracts';
import { Anchor, Card, FileInput, Group, Loader, Stack, Text, type FileInputProps } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { queryKeys, routeUrl, uploadFile } from '../../api';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { IMPORT_ACCEPT, importFormatOf } from '../organizer/questions/import-format';
import { RosterImportReportView } from './RosterImportReport';

type Upload = { file: File; format: RosterImportQuery['format']; dryRun: boolean };

// The testid goes on the real <input type="file">, where a browser test can set files.
const FILE_INPUT_PROPS = { 'data-testid': 'roster-file' } as FileInputProps['fileInputProps'];

interface RosterImportProps {
  unitId: number;
  unitName: string;
  currentCount: number;
}

/** Upload a roster: the file is checked whole first (dry run), then the unit admin confirms the replacement. */
export function RosterImport({ unitId, unitName, currentCount }: RosterImportProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [wrongType, setWrongType] = useState(false);
  const [report, setReport] = useState<RosterImportReport | null>(null);

  const upload = useMutation({
    mutationFn: ({ file: body, format, dryRun }: Upload) =>
      uploadFile('importRoster', {
        params: { unitId },
        query: { format, dryRun: dryRun ? 'true' : 'false' },
        file: body,
      }),
    onSuccess: (answer) => {
      setReport(answer);
      if (!answer.dryRun && answer.ok) {
        // The roster decides who is listed, so the people lists and figures change with it.
        void queryClient.invalidateQueries({ queryKey: queryKeys.unit(unitId) });
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
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} style={{ minWidth: 0, flex: '1 1 260px' }}>
            <Text fw={500}>{t('myUnit.roster.importTitle')}</Text>
            <Text size="sm" c="dimmed">
              {currentCount > 0
                ? t('myUnit.roster.importHint', { unit: unitName, count: currentCount })
                : t('myUnit.roster.importHintFirst', { unit: unitName })}
            </Text>
          </Stack>
          <Anchor href={routeUrl('rosterTemplate')} size="sm" download data-testid="roster-template">
            {t('myUnit.roster.template')}
          </Anchor>
        </Group>
        <FileInput
          label={t('myUnit.roster.file')}
          placeholder={t('myUnit.roster.filePlaceholder')}
          accept={IMPORT_ACCEPT}
          clearable
          value={file}
          onChange={choose}
          error={wrongType ? t('myUnit.roster.wrongType') : undefined}
          fileInputProps={FILE_INPUT_PROPS}
          maw={480}
        />
        {upload.isPending && upload.variables.dryRun && (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm">{t('myUnit.roster.checking')}</Text>
          </Group>
        )}
        {upload.isError && <ErrorAlert error={upload.error} />}
        {report && (
          <RosterImportReportView
            report={report}
            currentCount={currentCount}
            importing={upload.isPending && !upload.variables.dryRun}
            canConfirm={file !== null}
            onConfirm={confirm}
          />
        )}
      </Stack>
    </Card>
  );
}
