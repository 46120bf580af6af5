import { Checkbox, Group, NumberInput, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { asCount } from '../common/quotas';
import type { TrackField } from '../clips/track-form';
import { QuotaRowsInput } from './QuotaRowsInput';
import {
  FORM_CHOICES,
  formChoiceOf,
  formsOf,
  type FormChoice,
  type InitiativeDraft,
} from './initiative-form';

interface InitiativeSettingsFieldsProps {
  value: InitiativeDraft;
  onChange: (value: InitiativeDraft) => void;
  errorFor: (field: TrackField) => string | undefined;
  disabled?: boolean;
}

/** What an initiative call takes beside the common settings: forms, authorship, quotas, attachments. */
export function InitiativeSettingsFields({
  value,
  onChange,
  errorFor,
  disabled = false,
}: InitiativeSettingsFieldsProps) {
  const { t } = useTranslation();
  const set = <K extends keyof InitiativeDraft>(key: K, next: InitiativeDraft[K]) =>
    onChange({ ...value, [key]: next });

  return (
    <Stack gap="md" data-testid="initiative-settings">
      {errorFor('initiative') && (
        <Text size="sm" c="red" role="alert">
          {errorFor('initiative')}
        </Text>
      )}
      <Radio.Group
        label={t('initiativeAdmin.settings.forms')}
        value={formChoiceOf(value.forms)}
        onChange={(choice) => set('forms', formsOf(choice as FormChoice))}
        error={errorFor('initiative.forms')}
      >
        <Group gap="lg" mt={6}>
          {FORM_CHOICES.map((choice) => (
            <Radio
              key={choice}
              value={choice}
              disabled={disabled}
              label={t(`initiativeAdmin.settings.form.${choice}`)}
              data-testid={`initiative-form-${choice}`}
            />
          ))}
        </Group>
      </Radio.Group>
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          {t('initiativeAdmin.settings.authorship')}
        </Text>
        <Group gap="lg">
          <Checkbox
            label={t('initiativeAdmin.settings.individual')}
            checked={value.individual}
            disabled={disabled}
            onChange={(event) => set('individual', event.currentTarget.checked)}
            data-testid="initiative-individual"
          />
          <Checkbox
            label={t('initiativeAdmin.settings.group')}
            checked={value.group}
            disabled={disabled}
            onChange={(event) => set('group', event.currentTarget.checked)}
            data-testid="initiative-group"
          />
        </Group>
        {errorFor('initiative.authorship') && (
          <Text size="sm" c="red" role="alert">
            {errorFor('initiative.authorship')}
          </Text>
        )}
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <NumberInput
          required
          label={t('initiativeAdmin.settings.maxAuthors')}
          description={t('initiativeAdmin.settings.maxAuthorsHint')}
          min={2}
          max={30}
          allowDecimal={false}
          allowNegative={false}
          value={value.maxAuthors}
          disabled={disabled || !value.group}
          onChange={(next) => set('maxAuthors', asCount(next))}
          error={errorFor('initiative.maxAuthors')}
          data-testid="initiative-max-authors"
        />
        <NumberInput
          required
          label={t('initiativeAdmin.settings.attachmentMegabytes')}
          description={t('initiativeAdmin.settings.attachmentMegabytesHint')}
          min={1}
          max={50}
          allowDecimal={false}
          allowNegative={false}
          suffix=" MB"
          value={value.attachmentMegabytes}
          disabled={disabled}
          onChange={(next) => set('attachmentMegabytes', asCount(next))}
          error={errorFor('initiative.attachmentMegabytes')}
          data-testid="initiative-attachment-mb"
        />
      </SimpleGrid>
      <QuotaRowsInput
        value={value.quotas}
        onChange={(quotas) => set('quotas', quotas)}
        error={errorFor('initiative.quotas')}
        disabled={disabled}
      />
    </Stack>
  );
}
