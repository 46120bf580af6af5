import type { LivePart, ScoreSheetInput } from '@contest/contracts';
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDecimal } from '../../lib/format';
import type { LiveSheet } from './live-sheets';
import { LivePointsField } from './LivePointsField';
import { LiveSheetStatusLine } from './LiveSheetStatus';
import type { SenderState } from './score-sender';
import { scoresToSave, sheetProblems, sheetSum, type SheetDraft } from './score-sheet';

interface LiveSheetCardProps {
  sheet: LiveSheet;
  parts: readonly LivePart[];
  sender: SenderState;
  onChange(draft: SheetDraft): void;
  onSend(scores: ScoreSheetInput['scores']): void;
}

/** One team's part on the judge's phone: that part's criteria only, its sum, and one big button to send. */
export function LiveSheetCard({ sheet, parts, sender, onChange, onSend }: LiveSheetCardProps) {
  const { t, i18n } = useTranslation();
  const { criteria, draft, open, status } = sheet;
  const readOnly = !open;
  const problems = sheetProblems(criteria, draft, sheet.sheet.scores);
  const toSend = scoresToSave(criteria, draft);
  const { sum } = sheetSum(criteria, draft);
  const partMax = criteria.reduce((total, criterion) => total + criterion.maxPoints, 0);
  const canSend =
    open && problems.size === 0 && toSend.length > 0 && status !== 'saved' && status !== 'empty';
  const part = parts[sheet.part];

  return (
    <Card withBorder padding="md" radius="md" data-testid="live-sheet" data-sheet={sheet.key}>
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={3} size="h4" style={{ overflowWrap: 'anywhere' }} data-testid="live-sheet-team">
            {sheet.sheet.entry.title}
          </Title>
          <Text size="sm" c="dimmed">
            {sheet.sheet.entry.unitName}
          </Text>
          <Group gap="xs" wrap="wrap" preventGrowOverflow={false}>
            <Text fw={600}>
              {t('live.partOf', { number: sheet.part + 1, count: parts.length, name: part?.name ?? '' })}
            </Text>
            <Badge color={open ? 'teal' : 'gray'} variant={open ? 'filled' : 'light'}>
              {t(open ? 'judging.live.open' : 'judging.live.closed')}
            </Badge>
          </Group>
        </Stack>
        {criteria.map((criterion) => (
          <LivePointsField
            key={criterion.id}
            criterion={criterion}
            value={draft[criterion.id] ?? { points: '', comment: '' }}
            problem={problems.get(criterion.id) ?? null}
            readOnly={readOnly}
            onChange={(value) => onChange({ ...draft, [criterion.id]: value })}
          />
        ))}
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text size="sm" c="dimmed">
            {t('judging.live.partSum')}
          </Text>
          <Text fw={800} size="lg" style={{ whiteSpace: 'nowrap' }} data-testid="live-sheet-sum">
            {t('judging.sheet.sum', {
              sum: formatDecimal(sum, i18n.language),
              max: formatDecimal(partMax, i18n.language),
            })}
          </Text>
        </Group>
        <LiveSheetStatusLine sheet={sheet} sender={sender} />
        {open ? (
          <Button
            size="lg"
            fullWidth
            disabled={!canSend}
            onClick={() => onSend(toSend)}
            data-testid="live-send"
          >
            {t(status === 'refused' ? 'judging.live.sendAgain' : 'judging.live.send')}
          </Button>
        ) : (
          <Text size="sm" c="dimmed">
            {t('judging.live.closedHint')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
