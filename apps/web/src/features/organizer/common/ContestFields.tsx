import { NumberInput, Switch, TagsInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { PrizeCountsInputs, type PrizeCountsDraft } from './PrizeCountsInputs';
import { asCount } from './quotas';

/** What a contest is, as both the contest wizard and the contest settings hold it. */
export interface ContestValues {
  name: string;
  year: number | '';
  topics: string[];
  prizeCounts: PrizeCountsDraft;
  onePrizePerPerson: boolean;
  unitAdminsCompete: boolean;
  publicRankingNames: boolean;
}

interface ContestFieldsProps {
  values: ContestValues;
  // A method rather than a function type, so that a form's own `update` (over all its fields) fits.
  update<K extends keyof ContestValues>(key: K, value: ContestValues[K]): void;
  errorFor: (field: 'name' | 'year' | 'topics' | 'prizeCounts') => string | undefined;
  testIdPrefix: string;
  /** Called after the topics change, for what depends on them. */
  onTopicsChange?: (topics: string[]) => void;
  /** A contest being created: suggest a name, explain one prize per person, let the topics be cleared at once. */
  creating?: boolean;
}

/** A contest's name, year, topics, prizes, and who is ranked and shown publicly. */
export function ContestFields({
  values,
  update,
  errorFor,
  testIdPrefix,
  onTopicsChange,
  creating = false,
}: ContestFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        required
        label={t('organizer.contest.name')}
        placeholder={creating ? t('organizer.contest.namePlaceholder') : undefined}
        value={values.name}
        onChange={(event) => update('name', event.currentTarget.value)}
        error={errorFor('name')}
        data-testid={`${testIdPrefix}-name`}
      />
      <NumberInput
        required
        label={t('organizer.contest.year')}
        min={2000}
        max={2100}
        allowDecimal={false}
        thousandSeparator={false}
        value={values.year}
        onChange={(value) => update('year', asCount(value))}
        error={errorFor('year')}
        maw={200}
        data-testid={`${testIdPrefix}-year`}
      />
      <TagsInput
        required
        label={t('organizer.contest.topics')}
        description={t('organizer.contest.topicsHint')}
        value={values.topics}
        onChange={(topics) => {
          update('topics', topics);
          onTopicsChange?.(topics);
        }}
        // A topic may hold a comma ("Chính phủ điện tử, chính phủ số"): only Enter or a pasted line break ends one.
        splitChars={['\n']}
        clearable={creating}
        error={errorFor('topics')}
        data-testid={`${testIdPrefix}-topics`}
      />
      <PrizeCountsInputs
        value={values.prizeCounts}
        onChange={(prizeCounts) => update('prizeCounts', prizeCounts)}
        error={errorFor('prizeCounts')}
        testIdPrefix={testIdPrefix}
      />
      <Switch
        label={t('organizer.contest.onePrizePerPerson')}
        description={creating ? t('organizer.contest.onePrizePerPersonHint') : undefined}
        checked={values.onePrizePerPerson}
        onChange={(event) => update('onePrizePerPerson', event.currentTarget.checked)}
        data-testid={`${testIdPrefix}-onePrizePerPerson`}
      />
      <Switch
        label={t('organizer.contest.unitAdminsCompete')}
        description={t('organizer.contest.unitAdminsCompeteHint')}
        checked={values.unitAdminsCompete}
        onChange={(event) => update('unitAdminsCompete', event.currentTarget.checked)}
        data-testid={`${testIdPrefix}-unitAdminsCompete`}
      />
      <Switch
        label={t('organizer.contest.publicRankingNames')}
        description={t('organizer.contest.publicRankingNamesHint')}
        checked={values.publicRankingNames}
        onChange={(event) => update('publicRankingNames', event.currentTarget.checked)}
        data-testid={`${testIdPrefix}-publicRankingNames`}
      />
    </>
  );
}
