import type { EntryFile, FileRejection } from '@contest/contracts';
import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { rejectionKeys } from './durations';
import { useDurationText } from './use-duration-text';

interface FileRefusalProps {
  file: EntryFile;
  maxDurationSeconds: number;
  /** The entry still has an earlier, good file. */
  keepsEarlier: boolean;
  editable: boolean;
}

/** Why the worker turned the last file away, in plain words, and how to make one it takes. */
export function FileRefusal({ file, maxDurationSeconds, keepsEarlier, editable }: FileRefusalProps) {
  const { t } = useTranslation();
  const duration = useDurationText();
  const rejection: FileRejection = file.rejection ?? 'unreadable';
  const keys = rejectionKeys(rejection);
  return (
    <Alert
      color="orange"
      variant="light"
      title={t(keys.title)}
      data-testid="file-refused"
      data-rejection={rejection}
    >
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {t('entries.rejection.fileLine', { name: file.originalName })}
      </Text>
      {editable && (
        <Text size="sm" mt={4}>
          {t(keys.fix, { max: duration(maxDurationSeconds) })}
        </Text>
      )}
      <Text size="sm" mt={4} c="dimmed">
        {t(keepsEarlier ? 'entries.rejection.keepsEarlier' : 'entries.rejection.noVideoYet')}
      </Text>
    </Alert>
  );
}
