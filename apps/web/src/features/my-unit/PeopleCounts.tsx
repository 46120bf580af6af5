import type { PersonStatus, UnitPeople } from '@contest/contracts';
import { Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { countText, rateText } from './figures';
import { roundParticipationRate } from './people';
import { StatCard } from './StatCard';
import { STATUS_COLOR } from './StatusBadge';

interface PeopleCountsProps {
  data: UnitPeople;
  status: PersonStatus | null;
  onStatus(status: PersonStatus): void;
}

/** The round's counts; a status card also filters the list below to that status. */
export function PeopleCounts({ data, status, onStatus }: PeopleCountsProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { counts, headcount } = data;
  const rate = roundParticipationRate(data);
  const cards: { status: PersonStatus; value: number }[] = [
    { status: 'taken_part', value: counts.takenPart },
    { status: 'in_progress', value: counts.inProgress },
    { status: 'not_yet', value: counts.notYet },
  ];

  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
        {cards.map((card) => (
          <StatCard
            key={card.status}
            label={t(`myUnit.status.${card.status}`)}
            value={countText(card.value, language)}
            color={card.status === 'not_yet' ? undefined : `${STATUS_COLOR[card.status]}.7`}
            onClick={() => onStatus(card.status)}
            active={status === card.status}
            testId={`count-${card.status}`}
          />
        ))}
        <StatCard
          label={t('myUnit.counts.unlisted')}
          value={countText(counts.unlisted, language)}
          hint={t('myUnit.counts.unlistedHint')}
          testId="count-unlisted"
        />
      </SimpleGrid>
      <Stack gap={4}>
        <Text size="sm" data-testid="people-rate">
          {t('myUnit.counts.rateLine', {
            rate: rateText(rate, language),
            takenPart: countText(counts.takenPart, language),
            headcount: countText(headcount, language),
          })}
        </Text>
        <Progress
          value={rate === null ? 0 : Math.min(100, rate * 100)}
          size="md"
          aria-label={t('myUnit.rate')}
          color={rate !== null && rate >= 0.8 ? 'teal' : rate !== null && rate >= 0.5 ? 'yellow' : 'red'}
        />
      </Stack>
    </Stack>
  );
}
