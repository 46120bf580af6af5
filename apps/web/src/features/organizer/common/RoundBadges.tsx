import type { RoundAdmin } from '@contest/contracts';
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const STATUS_COLOR = { upcoming: 'gray', open: 'green', closed: 'dark' } as const;

export function RoundBadges({ round }: { round: RoundAdmin }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap">
      <Badge color={STATUS_COLOR[round.status]} variant="light" data-testid="round-status">
        {t(`roundStatus.${round.status}`)}
      </Badge>
      {round.finalisedAt && (
        <Badge color="teal" variant="light" data-testid="round-finalised">
          {t('organizer.round.finalised')}
        </Badge>
      )}
      {round.publishedAt && (
        <Badge color="blue" variant="light" data-testid="round-published">
          {t('organizer.round.published')}
        </Badge>
      )}
    </Group>
  );
}
