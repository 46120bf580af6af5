import type { JudgeEntry } from '@contest/contracts';
import { Anchor, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { paths } from '../../shared/paths';

interface SheetNavigationProps {
  order: number;
  count: number;
  previous: JudgeEntry | null;
  next: JudgeEntry | null;
}

/** Back to the list, and the neighbouring entries in the judge's own order. */
export function SheetNavigation({ order, count, previous, next }: SheetNavigationProps) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" gap="xs" wrap="wrap" preventGrowOverflow={false}>
      <Anchor component={Link} to={paths.judging} size="sm">
        {t('judging.sheet.backToList')}
      </Anchor>
      <Group gap="xs" wrap="nowrap">
        <NeighbourButton
          target={previous}
          label={t('judging.sheet.previous')}
          ariaLabel={t('judging.sheet.previousLabel')}
          testId="sheet-previous"
        />
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }} data-testid="sheet-position">
          {t('judging.sheet.position', { order, count })}
        </Text>
        <NeighbourButton
          target={next}
          label={t('judging.sheet.next')}
          ariaLabel={t('judging.sheet.nextLabel')}
          testId="sheet-next"
        />
      </Group>
    </Group>
  );
}

interface NeighbourButtonProps {
  target: JudgeEntry | null;
  label: string;
  ariaLabel: string;
  testId: string;
}

function NeighbourButton({ target, label, ariaLabel, testId }: NeighbourButtonProps) {
  const shared = {
    variant: 'default',
    size: 'compact-sm',
    'aria-label': ariaLabel,
    'data-testid': testId,
  } as const;
  // A link cannot be disabled: past either end the button is a plain, disabled one.
  if (!target)
    return (
      <Button {...shared} disabled>
        {label}
      </Button>
    );
  return (
    <Button {...shared} component={Link} to={paths.scoreSheet(target.assignmentId)}>
      {label}
    </Button>
  );
}
