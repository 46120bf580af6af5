import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDateTime, formatNumber } from '../../lib/format';
import { ErrorAlert } from '../../shared/ErrorAlert';
import type { StartRule } from './start-rules';

interface StartRulesModalProps {
  opened: boolean;
  rules: readonly StartRule[];
  starting: boolean;
  error: unknown;
  onClose(): void;
  onConfirm(): void;
}

/** The rules, read before the clock starts: starting is a confirm, not a single tap. */
export function StartRulesModal({
  opened,
  rules,
  starting,
  error,
  onClose,
  onConfirm,
}: StartRulesModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('home.rules.title')} centered>
      <Stack data-testid="start-rules">
        <List spacing="xs" size="sm">
          {rules.map((rule) => (
            <List.Item key={rule.kind}>
              <RuleText rule={rule} />
            </List.Item>
          ))}
        </List>
        {error !== null && <ErrorAlert error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={starting}>
            {t('home.rules.cancel')}
          </Button>
          <Button onClick={onConfirm} loading={starting} data-testid="confirm-start">
            {t('home.rules.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function RuleText({ rule }: { rule: StartRule }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const text = (() => {
    switch (rule.kind) {
      case 'paper':
        return t('home.rules.paper', {
          questions: formatNumber(rule.questions, language),
          minutes: formatNumber(rule.timeLimitSeconds / 60, language),
        });
      case 'attemptsLeft':
        return t('home.rules.attemptsLeft', { left: rule.left, allowed: rule.allowed });
      case 'counted':
        return t(`home.rules.counted.${rule.counted}`);
      case 'serverClock':
        return t('home.rules.serverClock');
      case 'closesEarly':
        return t('home.rules.closesEarly', { time: formatDateTime(rule.closesAt, language) });
      case 'prediction':
        return t('home.rules.prediction');
      case 'scoreAfterClose':
        return t('home.rules.scoreAfterClose', { time: formatDateTime(rule.reviewOpensAt, language) });
    }
  })();
  return <Text size="sm">{text}</Text>;
}
