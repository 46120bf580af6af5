import type { Entry } from '@contest/contracts';
import { Badge, Group, Spoiler, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What the entrant wrote about their clip: title, unit, authors, topic and description. */
export function EntryFacts({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6}>
      <Title order={2} size="h3" data-testid="sheet-title">
        {entry.title}
      </Title>
      <Text size="sm" fw={500}>
        {entry.unitName}
      </Text>
      <Text size="sm" c="dimmed">
        {t('judging.sheet.authors', { names: entry.authors.join(', ') })}
      </Text>
      {entry.topic && (
        <Group preventGrowOverflow={false}>
          <Badge
            variant="light"
            color="grape"
            h="auto"
            py={2}
            maw="100%"
            styles={{ label: { textTransform: 'none', whiteSpace: 'normal', overflow: 'visible' } }}
          >
            {entry.topic}
          </Badge>
        </Group>
      )}
      {entry.description && (
        <Spoiler
          maxHeight={96}
          showLabel={t('judging.sheet.showMore')}
          hideLabel={t('judging.sheet.showLess')}
        >
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {entry.description}
          </Text>
        </Spoiler>
      )}
    </Stack>
  );
}
