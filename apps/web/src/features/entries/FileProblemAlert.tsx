import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { FileProblem } from './file-check';
import { useDurationText } from './use-duration-text';

/** A limit the chosen file breaks, found before sending it. */
export function FileProblemAlert({ problem, fileName }: { problem: FileProblem; fileName: string | null }) {
  const { t } = useTranslation();
  const duration = useDurationText();
  const name = fileName ?? '';
  const text =
    problem.code === 'format'
      ? t('entries.fileProblem.format', { name, ext: problem.ext, formats: problem.formats })
      : problem.code === 'empty'
        ? t('entries.fileProblem.empty', { name })
        : problem.code === 'tooLarge'
          ? t('entries.fileProblem.tooLarge', { name, maxMb: problem.maxMb })
          : t('entries.fileProblem.tooLong', {
              name,
              length: duration(problem.seconds),
              max: duration(problem.maxSeconds),
            });
  return (
    <Alert color="red" variant="light" role="alert" data-testid="file-problem" data-problem={problem.code}>
      {text}
    </Alert>
  );
}
