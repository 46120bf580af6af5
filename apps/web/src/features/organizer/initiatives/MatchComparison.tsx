import type { EntryOriginality, OriginalityMatch } from '@contest/contracts';
import { Anchor, Badge, Box, Button, Card, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { formatPercent } from '../../../lib/format';
import { paths } from '../../../shared/paths';
import { HighlightedText } from './HighlightedText';
import { OriginalityLevelBadge } from './OriginalityBadges';

const WRAP = { overflowWrap: 'anywhere' } as const;

interface MatchComparisonProps {
  trackId: number;
  data: EntryOriginality;
  match: OriginalityMatch;
  /** This match is the one the entry was decided to duplicate. */
  decided: boolean;
  onDuplicate: () => void;
}

/** The initiative beside one likely duplicate, their shared passages marked and numbered alike. */
export function MatchComparison({ trackId, data, match, decided, onDuplicate }: MatchComparisonProps) {
  const { t, i18n } = useTranslation();
  const words = match.passages.reduce((sum, passage) => sum + passage.words, 0);
  const source = t(`initiativeAdmin.originality.source.${match.source}`, { id: match.id });
  return (
    <Card
      withBorder
      padding="md"
      data-testid="originality-match"
      data-source={match.source}
      data-match-id={match.id}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={4} style={{ flex: '1 1 260px', minWidth: 0 }}>
            <Group gap="xs">
              <OriginalityLevelBadge level={match.level} />
              {decided && (
                <Badge color="red" variant="filled" tt="none" data-testid="originality-match-decided">
                  {t('initiativeAdmin.compare.decidedThis')}
                </Badge>
              )}
            </Group>
            <Text fw={700} style={WRAP}>
              {match.title}
            </Text>
            <Text size="sm" c="dimmed" style={WRAP}>
              {match.source === 'entry' ? (
                <Anchor component={Link} to={paths.entryOriginality(trackId, match.id)} size="sm">
                  {source}
                </Anchor>
              ) : (
                source
              )}
              {match.unitName && ` · ${match.unitName}`}
              {match.year !== null &&
                ` · ${t(`initiativeAdmin.compare.year.${match.source}`, { year: match.year })}`}
            </Text>
            <Text size="sm" data-testid="originality-similarity">
              {t('initiativeAdmin.compare.similarity', {
                title: formatPercent(match.titleSimilarity, i18n.language),
                text: formatPercent(match.textSimilarity, i18n.language),
              })}
              {' · '}
              {match.passages.length === 0
                ? t('initiativeAdmin.compare.noPassages')
                : t('initiativeAdmin.compare.passages', { count: match.passages.length, words })}
            </Text>
          </Stack>
          {!decided && (
            <Button
              color="red"
              variant="light"
              size="xs"
              onClick={onDuplicate}
              styles={{ label: { whiteSpace: 'normal' } }}
              h="auto"
              mih={30}
              py={4}
              data-testid="originality-decide-duplicate"
            >
              {t('initiativeAdmin.compare.duplicateOfThis')}
            </Button>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          <Side label={t('initiativeAdmin.compare.thisEntry', { id: data.entryId })}>
            <HighlightedText
              text={data.text}
              ranges={match.passages.map((passage) => passage.a)}
              testId="originality-text-entry"
            />
          </Side>
          <Side label={t(`initiativeAdmin.compare.other.${match.source}`)}>
            <HighlightedText
              text={match.text}
              ranges={match.passages.map((passage) => passage.b)}
              testId="originality-text-match"
            />
          </Side>
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

function Side({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Paper withBorder p="sm" radius="sm" bg="gray.0">
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" mb={4}>
        {label}
      </Text>
      {/* Long texts scroll inside their half, so the two stay side by side. */}
      <Box mah={440} style={{ overflowY: 'auto' }}>
        {children}
      </Box>
    </Paper>
  );
}
