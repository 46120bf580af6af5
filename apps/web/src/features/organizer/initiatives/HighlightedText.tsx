import { Mark, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { textSegments } from './text-segments';

/**
 * A text with the passages it shares with another marked, each numbered as on the other side,
 * line breaks kept. The ranges are the server's [start, end) character offsets into this text.
 */
export function HighlightedText({
  text,
  ranges,
  testId,
}: {
  text: string;
  ranges: readonly (readonly [number, number])[];
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid={testId}>
      {textSegments(text, ranges).map((segment, index) =>
        segment.passage === null ? (
          <span key={index}>{segment.text}</span>
        ) : (
          <Mark
            key={index}
            color="yellow"
            title={t('initiativeAdmin.compare.passage', { n: segment.passage })}
            data-testid="originality-passage"
            data-passage={segment.passage}
          >
            <Text span size="xs" fw={700} c="orange.9" mr={2} style={{ verticalAlign: 'super' }}>
              {segment.passage}
            </Text>
            {segment.text}
          </Mark>
        ),
      )}
    </Text>
  );
}
