import type { PaperQuestion } from '@contest/contracts';
import { Button, Card, Group, Radio, Stack, Text } from '@mantine/core';
import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

import classes from './QuestionPanel.module.css';

interface QuestionPanelProps {
  question: PaperQuestion;
  number: number;
  total: number;
  /** Index into `question.options` as displayed, the same index the server expects. */
  chosen: number | null;
  disabled: boolean;
  /** The heading, focused when the participant moves to another question. */
  headingRef?: Ref<HTMLHeadingElement>;
  onChoose(option: number | null): void;
}

export function QuestionPanel(props: QuestionPanelProps) {
  const { question, number, total, chosen, disabled, headingRef, onChoose } = props;
  const { t } = useTranslation();
  const headingId = useId();
  const textId = useId();

  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Text
          component="h2"
          id={headingId}
          ref={headingRef}
          tabIndex={-1}
          size="sm"
          fw={400}
          c="dimmed"
          m={0}
          data-testid="question-heading"
        >
          {t('quiz.questionOf', { number, total })}
        </Text>
        <Text id={textId} fw={500} className={classes.text} data-testid="question-text">
          {question.text}
        </Text>
        <Radio.Group
          value={chosen === null ? null : String(chosen)}
          onChange={(value) => onChoose(Number(value))}
          aria-labelledby={textId}
        >
          <Stack gap="xs">
            {question.options.map((option, index) => (
              <Radio.Card
                key={index}
                value={String(index)}
                withBorder
                disabled={disabled}
                className={classes.option}
                data-testid={`option-${index}`}
              >
                <Group wrap="nowrap" align="flex-start" gap="sm">
                  <Radio.Indicator />
                  <Text size="sm" className={classes.text}>
                    {option}
                  </Text>
                </Group>
              </Radio.Card>
            ))}
          </Stack>
        </Radio.Group>
        {chosen !== null && !disabled && (
          <Group justify="flex-end">
            <Button variant="subtle" size="compact-sm" color="gray" onClick={() => onChoose(null)}>
              {t('quiz.clearAnswer')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
