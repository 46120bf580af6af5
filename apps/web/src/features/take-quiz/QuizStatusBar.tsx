import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { ServerClock } from '../../lib/server-clock';
import { AutosaveIndicator } from './AutosaveIndicator';
import type { AutosaveState } from './autosave-scheduler';
import { QuizTimer } from './QuizTimer';

interface QuizStatusBarProps {
  clock: ServerClock;
  deadline: string;
  saveState: AutosaveState;
  answeredCount: number;
  questionCount: number;
  submitDisabled: boolean;
  onTimeUp(): void;
  onSubmit(): void;
}

/** Stays in view while scrolling: time left, autosave state and the submit button. */
export function QuizStatusBar(props: QuizStatusBarProps) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      shadow="xs"
      p="xs"
      pos="sticky"
      top="var(--app-shell-header-offset, 0rem)"
      style={{ zIndex: 10 }}
    >
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <QuizTimer clock={props.clock} deadline={props.deadline} onTimeUp={props.onTimeUp} />
          <Text size="sm" c="dimmed" ta="center" miw={0} style={{ flex: 1 }}>
            {t('quiz.answeredCount', { answered: props.answeredCount, total: props.questionCount })}
          </Text>
          <Button
            onClick={props.onSubmit}
            disabled={props.submitDisabled}
            style={{ flexShrink: 0 }}
            data-testid="submit-attempt"
          >
            {t('quiz.submit')}
          </Button>
        </Group>
        <AutosaveIndicator state={props.saveState} />
      </Stack>
    </Paper>
  );
}
