import type { LiveControl } from '@contest/contracts';
import { Alert, Badge, Button, Card, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDecimal } from '../../../lib/format';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { RankMark } from '../../units-board/RankMark';
import type { ReceivedControl } from './live-control';
import { RevealOverrideModal } from './RevealOverrideModal';
import { useReveal } from './use-reveal';

type ControlStanding = LiveControl['standings'][number];

/** Every team's total, revealed or not, and the reveals: one team, all of them, or none again. */
export function StandingsCard({ stageId, control }: { stageId: number; control: ReceivedControl }) {
  const { t } = useTranslation();
  const reveal = useReveal(stageId);
  const { standings, incomplete } = control;
  const revealed = standings.filter((s) => s.revealed).length;
  const earlier = standings.some((s) => s.earlierPoints !== null);
  const pendingMode = reveal.pendingTarget?.mode;

  return (
    <Card withBorder padding="md" data-testid="live-standings-card">
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={3} size="h4">
            {t('live.control.standings.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('live.control.standings.revealedOf', { count: revealed, total: standings.length })}
          </Text>
        </Stack>
        {incomplete > 0 && (
          <Alert color="yellow" variant="light" data-testid="live-incomplete">
            {t('live.control.standings.incomplete', { count: incomplete })}
          </Alert>
        )}
        <Group gap="xs" wrap="wrap" preventGrowOverflow={false}>
          <Button
            onClick={() => reveal.reveal({ mode: 'all' })}
            disabled={standings.length === 0 || control.board.revealedAll}
            loading={pendingMode === 'all'}
            data-testid="live-reveal-all"
          >
            {t('live.control.standings.revealAll')}
          </Button>
          <Button
            variant="default"
            onClick={() => reveal.reveal({ mode: 'none' })}
            disabled={revealed === 0}
            loading={pendingMode === 'none'}
            data-testid="live-hide-all"
          >
            {t('live.control.standings.hideAll')}
          </Button>
        </Group>
        {reveal.cardError !== null && <ErrorAlert error={reveal.cardError} />}
        <Stack gap={6} component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
          {standings.map((standing) => (
            <StandingRow
              key={standing.entryId}
              standing={standing}
              earlier={earlier}
              revealing={
                reveal.pendingTarget?.mode === 'team' && reveal.pendingTarget.entryId === standing.entryId
              }
              onReveal={() => reveal.reveal({ mode: 'team', entryId: standing.entryId })}
            />
          ))}
        </Stack>
      </Stack>
      <RevealOverrideModal
        key={reveal.held ? JSON.stringify(reveal.held.reveal) : 'closed'}
        opened={reveal.held !== null}
        refusal={reveal.held?.refusal ?? ''}
        sending={reveal.pending}
        error={reveal.dialogError}
        onClose={reveal.cancel}
        onConfirm={reveal.override}
      />
    </Card>
  );
}

interface StandingRowProps {
  standing: ControlStanding;
  earlier: boolean;
  revealing: boolean;
  onReveal(): void;
}

function StandingRow({ standing, earlier, revealing, onReveal }: StandingRowProps) {
  const { t, i18n } = useTranslation();
  const points = (value: number | null) => (value === null ? '—' : formatDecimal(value, i18n.language));
  return (
    <Paper
      component="li"
      withBorder
      p="xs"
      radius="md"
      data-testid="live-control-standing"
      data-revealed={standing.revealed}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <RankMark rank={standing.rank} size={30} />
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                {standing.title}
              </Text>
              <Text size="xs" c="dimmed">
                {standing.unitName}
              </Text>
            </Stack>
            <Text fw={800} size="lg" style={{ whiteSpace: 'nowrap' }} data-testid="live-control-total">
              {points(standing.total)}
            </Text>
          </Group>
          <Text size="xs" c="dimmed">
            {t('live.control.standings.finalPoints', { points: points(standing.finalPoints) })}
            {earlier &&
              ` · ${t('live.control.standings.earlierPoints', { points: points(standing.earlierPoints) })}`}
          </Text>
          <Group gap={6} wrap="wrap" preventGrowOverflow={false}>
            <Badge color={standing.revealed ? 'teal' : 'gray'} variant="light">
              {t(standing.revealed ? 'live.control.standings.shown' : 'live.control.standings.hidden')}
            </Badge>
            {!standing.complete && (
              <Badge color="yellow" variant="light" data-testid="live-standing-incomplete">
                {t('live.control.standings.notComplete')}
              </Badge>
            )}
            {!standing.revealed && (
              <Button
                size="compact-xs"
                variant="light"
                onClick={onReveal}
                loading={revealing}
                data-testid="live-reveal-team"
              >
                {t('live.control.standings.reveal')}
              </Button>
            )}
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}
