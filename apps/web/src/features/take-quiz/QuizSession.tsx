import { Button, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ServerClock } from '../../lib/server-clock';
import { paths } from '../../shared/paths';
import type { ReceivedAttempt } from './attempt-queries';
import { PredictionCard } from './PredictionCard';
import { QuestionNavigator } from './QuestionNavigator';
import { QuestionPanel } from './QuestionPanel';
import { QuizStatusBar } from './QuizStatusBar';
import { SubmitModal } from './SubmitModal';
import { TimeUpModal } from './TimeUpModal';
import { useAttemptAnswers } from './use-attempt-answers';
import { useFocusOnChange } from './use-focus-on-change';
import { usePredictionCarryOver } from './use-prediction-carry-over';
import { useSubmitAttempt } from './use-submit-attempt';

export function QuizSession({ attempt }: { attempt: ReceivedAttempt }) {
  const { t } = useTranslation();
  // One clock for the whole session: autosave responses keep re-syncing it.
  const [clock] = useState(() => new ServerClock(attempt.serverNow, attempt.receivedAt));
  const { outbox, scheduler, snapshot, saveState, deadline, setAnswer, setPrediction } = useAttemptAnswers(
    attempt,
    clock,
  );
  const predictionCarried = usePredictionCarryOver(attempt, snapshot.prediction, setPrediction);
  const submit = useSubmitAttempt(attempt.id, outbox, scheduler);
  const [confirmOpened, confirm] = useDisclosure(false);
  const [timeUp, setTimeUp] = useState(false);
  const timeUpHandled = useRef(false);
  const [index, setIndex] = useState(() => {
    const firstUnanswered = attempt.questions.findIndex(
      (question) => !snapshot.answers.has(question.position),
    );
    return Math.max(0, firstUnanswered);
  });

  const questionHeading = useFocusOnChange<HTMLHeadingElement>(index);

  const questions = attempt.questions;
  const question = questions[index];
  const unanswered = questions.filter((q) => !snapshot.answers.has(q.position)).length;

  const handleTimeUp = () => {
    if (timeUpHandled.current) return;
    timeUpHandled.current = true;
    setTimeUp(true);
    confirm.close();
    if (!submit.isPending) submit.mutate();
  };

  // On a phone the next question starts above the buttons that led to it.
  const goTo = (nextIndex: number) => {
    setIndex(nextIndex);
    window.scrollTo({ top: 0, behavior: 'smooth' });
  };

  return (
    <Stack gap="md">
      <QuizStatusBar
        clock={clock}
        deadline={deadline}
        saveState={saveState}
        answeredCount={questions.length - unanswered}
        questionCount={questions.length}
        onTimeUp={handleTimeUp}
        onSubmit={confirm.open}
        submitDisabled={timeUp || submit.isPending}
      />

      {question && (
        <QuestionPanel
          question={question}
          number={index + 1}
          total={questions.length}
          chosen={snapshot.answers.get(question.position) ?? null}
          disabled={timeUp}
          headingRef={questionHeading}
          onChoose={(option) => setAnswer(question.position, option)}
        />
      )}

      <Group justify="space-between" wrap="nowrap">
        <Button variant="default" disabled={index === 0} onClick={() => goTo(index - 1)}>
          {t('quiz.previous')}
        </Button>
        <Button
          variant="light"
          disabled={index >= questions.length - 1}
          onClick={() => goTo(index + 1)}
          data-testid="next-question"
        >
          {t('quiz.next')}
        </Button>
      </Group>

      <QuestionNavigator questions={questions} answered={snapshot.answers} current={index} onSelect={goTo} />

      {attempt.predictionPrompt !== null && (
        <PredictionCard
          prompt={attempt.predictionPrompt}
          value={snapshot.prediction}
          carriedOver={predictionCarried}
          disabled={timeUp}
          onChange={setPrediction}
        />
      )}

      <SubmitModal
        opened={confirmOpened}
        unanswered={unanswered}
        submitting={submit.isPending}
        error={submit.error}
        onClose={confirm.close}
        onConfirm={() => submit.mutate()}
      />
      <TimeUpModal
        opened={timeUp}
        resultPath={paths.result(attempt.id)}
        submitting={submit.isPending}
        error={submit.error}
        onRetry={() => submit.mutate()}
      />
    </Stack>
  );
}
