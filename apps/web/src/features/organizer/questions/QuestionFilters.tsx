import { DIFFICULTIES, type Difficulty, type QuestionListQuery } from '@contest/contracts';
import { SegmentedControl, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface QuestionFilterValues {
  topic: string | null;
  difficulty: Difficulty | null;
  status: NonNullable<QuestionListQuery['status']>;
  q: string;
}

interface QuestionFiltersProps {
  topics: readonly string[];
  value: QuestionFilterValues;
  onChange: (value: QuestionFilterValues) => void;
}

export function QuestionFilters({ topics, value, onChange }: QuestionFiltersProps) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
      <TextInput
        label={t('organizer.questions.search')}
        placeholder={t('organizer.questions.searchPlaceholder')}
        value={value.q}
        onChange={(event) => onChange({ ...value, q: event.currentTarget.value })}
        data-testid="questions-search"
      />
      <Select
        label={t('organizer.questions.topic')}
        placeholder={t('common.all')}
        data={[...topics]}
        value={value.topic}
        onChange={(topic) => onChange({ ...value, topic })}
        clearable
        data-testid="questions-filter-topic"
      />
      <Select
        label={t('organizer.questions.difficulty')}
        placeholder={t('common.all')}
        data={DIFFICULTIES.map((difficulty) => ({ value: difficulty, label: t(`difficulty.${difficulty}`) }))}
        value={value.difficulty}
        onChange={(difficulty) => onChange({ ...value, difficulty: difficulty as Difficulty | null })}
        clearable
        data-testid="questions-filter-difficulty"
      />
      <SegmentedControl
        mt={{ base: 0, lg: 25 }}
        value={value.status}
        onChange={(status) => onChange({ ...value, status: status as QuestionFilterValues['status'] })}
        data={[
          { value: 'active', label: t('organizer.questions.status.active') },
          { value: 'retired', label: t('organizer.questions.status.retired') },
          { value: 'all', label: t('organizer.questions.status.all') },
        ]}
        data-testid="questions-filter-status"
      />
    </SimpleGrid>
  );
}
