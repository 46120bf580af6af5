import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatFileSize } from '../../lib/format';
import type { FileProblem } from './file-check';
import { useDurationText } from './use-duration-text';

/** A limit the chosen file breaks, found before sending it; the file is named in every message. */
export function FileProblemAlert({ problem }: { problem: FileProblem }) {
  const { t, i18n } = useTranslation();
  const duration = useDurationText();
  const { name } = problem;
  const text =
    problem.code === 'format'
      ? t('entries.fileProblem.format', { name, ext: problem.ext, formats: problem.formats })
      : problem.code === 'empty'
        ? t('entries.fileProblem.empty', { name })
        : problem.code === 'tooLarge'
          ? t('entries.fileProblem.tooLarge', {
              name,
              size: formatFileSize(problem.bytes, i18n.language),
              maxMb: problem.maxMb,
            })
          : t('entries.fileProblem.tooLong', {
              name,
              length: duration(problem.seconds),
              max: duration(problem.maxSeconds),
            });
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      style={{ overflowWrap: 'anywhere' }}
      data-testid="file-problem"
      data-problem={problem.code}
    >
      {text}
    </Alert>
  );
}
