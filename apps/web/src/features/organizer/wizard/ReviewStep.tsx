import { PRIZE_TIERS } from '@contest/contracts';
import { Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { LabeledValue } from '../../../shared/LabeledValue';
import { prizeLabelKey } from '../../../shared/prize';
import { toTopicQuotas } from '../common/quotas';
import { PlannedRoundsTable } from './PlannedRoundsTable';
import type { WizardForm } from './wizard-form';

const shown = (value: number | '') => (value === '' ? '—' : String(value));

export function ReviewStep({ form }: { form: WizardForm }) {
  const { t } = useTranslation();
  const yesNo = (value: boolean) => t(value ? 'common.yes' : 'common.no');
  return (
    <Stack gap="md" data-testid="wizard-review">
      <Stack gap={4}>
        <Text fw={700} size="lg">
          {form.name || '—'}
        </Text>
        <Group gap={4}>
          {form.topics.map((topic) => (
            <Badge key={topic} variant="light">
              {topic}
            </Badge>
          ))}
        </Group>
      </Stack>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <LabeledValue label={t('organizer.contest.year')} value={shown(form.year)} />
        {PRIZE_TIERS.map((tier) => (
          <LabeledValue key={tier} label={t(prizeLabelKey(tier))} value={shown(form.prizeCounts[tier])} />
        ))}
        <LabeledValue
          label={t('organizer.contest.onePrizePerPerson')}
          value={yesNo(form.onePrizePerPerson)}
        />
        <LabeledValue
          label={t('organizer.contest.unitAdminsCompete')}
          value={yesNo(form.unitAdminsCompete)}
        />
        <LabeledValue
          label={t('organizer.contest.publicRankingNames')}
          value={yesNo(form.publicRankingNames)}
        />
        <LabeledValue label={t('organizer.paper.questionsPerRound')} value={shown(form.questionsPerRound)} />
        <LabeledValue
          label={t('organizer.paper.timeLimitMinutes')}
          value={form.timeLimitMinutes === '' ? '—' : t('home.minutes', { minutes: form.timeLimitMinutes })}
        />
        <LabeledValue label={t('organizer.paper.attemptsAllowed')} value={shown(form.attemptsAllowed)} />
        <LabeledValue
          label={t('organizer.paper.countedAttempt')}
          value={t(`organizer.paper.counted.${form.countedAttempt}`)}
        />
        <LabeledValue label={t('organizer.paper.shuffleQuestions')} value={yesNo(form.shuffleQuestions)} />
        <LabeledValue label={t('organizer.paper.shuffleOptions')} value={yesNo(form.shuffleOptions)} />
        <LabeledValue
          label={t('organizer.scoreVisibility.label')}
          value={t(`organizer.scoreVisibility.${form.scoreVisibility}`)}
        />
      </SimpleGrid>
      <Stack gap={2}>
        <Text size="xs" c="dimmed">
          {t('organizer.quotas.title')}
        </Text>
        <Text size="sm">
          {toTopicQuotas(form.quotas)
            .map((quota) => `${quota.topic}: ${quota.count}`)
            .join(' · ') || '—'}
        </Text>
      </Stack>
      <LabeledValue
        label={t('organizer.paper.prediction')}
        value={form.predictionEnabled ? form.predictionPrompt : t('common.no')}
      />
      <PlannedRoundsTable firstOpensAt={form.firstOpensAt} openHours={form.openHours} weeks={form.weeks} />
    </Stack>
  );
}
