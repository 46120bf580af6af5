import type { QuestionListResponse } from '@contest/contracts';
import { Card, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Active questions per topic and difficulty, to plan each round's quotas. */
export function TopicSummary({ topics }: { topics: QuestionListResponse['topics'] }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm">
      <Text fw={500} mb="xs">
        {t('organizer.questions.topicSummary')}
      </Text>
      {topics.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('organizer.questions.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={420}>
          <Table verticalSpacing={4} data-testid="topic-summary">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('organizer.questions.topic')}</Table.Th>
                <Table.Th ta="right">{t('difficulty.easy')}</Table.Th>
                <Table.Th ta="right">{t('difficulty.medium')}</Table.Th>
                <Table.Th ta="right">{t('difficulty.hard')}</Table.Th>
                <Table.Th ta="right">{t('organizer.questions.topicTotal')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {topics.map((row) => (
                <Table.Tr key={row.topic}>
                  <Table.Td>{row.topic}</Table.Td>
                  <Table.Td ta="right">{row.easy}</Table.Td>
                  <Table.Td ta="right">{row.medium}</Table.Td>
                  <Table.Td ta="right">{row.hard}</Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {row.easy + row.medium + row.hard}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
