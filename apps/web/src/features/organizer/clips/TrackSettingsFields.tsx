import { TRACK_SUBMITTERS, VIDEO_FORMATS } from '@contest/contracts';
import {
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { asCount } from '../common/quotas';
import { InitiativeSettingsFields } from '../initiatives/InitiativeSettingsFields';
import { ScopeField } from '../initiatives/ScopeField';
import { ReformAreasField } from '../initiatives/ReformAreasField';
import { takesVideo } from '../initiatives/initiative-form';
import { formatDurationClock } from './clip-format';
import type { TrackDraft, TrackField } from './track-form';

interface TrackSettingsFieldsProps {
  draft: TrackDraft;
  update: <K extends keyof TrackDraft>(key: K, value: TrackDraft[K]) => void;
  errorFor: (field: TrackField) => string | undefined;
  disabled?: boolean;
  /** A new call: an initiative call then also takes its units deadline here. */
  creating?: boolean;
}

const VIDEO_FIELDS: readonly TrackField[] = ['media', 'maxMegabytes', 'maxDurationSeconds', 'formats'];

/** A call for entries: what it is, when entries come in, who sends them and what a file may be. */
export function TrackSettingsFields({
  draft,
  update,
  errorFor,
  disabled = false,
  creating = false,
}: TrackSettingsFieldsProps) {
  const { t } = useTranslation();
  const { initiative } = draft;
  // An article-only initiative call never reads the video's settings: they stay as they are, out of
  // sight, unless one of them is what stops the save.
  const showVideo = takesVideo(initiative) || VIDEO_FIELDS.some((field) => errorFor(field));
  return (
    <Stack gap="md">
      <TextInput
        required
        label={t('clipsAdmin.track.title')}
        placeholder={t(
          initiative ? 'initiativeAdmin.settings.titlePlaceholder' : 'clipsAdmin.track.titlePlaceholder',
        )}
        value={draft.title}
        maxLength={200}
        disabled={disabled}
        onChange={(event) => update('title', event.currentTarget.value)}
        error={errorFor('title')}
        data-testid="track-title"
      />
      <Textarea
        label={t('clipsAdmin.track.rulesText')}
        description={t('clipsAdmin.track.rulesTextHint')}
        autosize
        minRows={4}
        maxRows={16}
        value={draft.rulesText}
        disabled={disabled}
        onChange={(event) => update('rulesText', event.currentTarget.value)}
        error={errorFor('rulesText')}
        data-testid="track-rules"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          required
          type="datetime-local"
          label={t('clipsAdmin.track.opensAt')}
          description={t('clipsAdmin.vnTimeHint')}
          value={draft.opensAt}
          disabled={disabled}
          onChange={(event) => update('opensAt', event.currentTarget.value)}
          error={errorFor('opensAt')}
          data-testid="track-opensAt"
        />
        <TextInput
          required
          type="datetime-local"
          label={t('clipsAdmin.track.closesAt')}
          description={t('clipsAdmin.vnTimeHint')}
          value={draft.closesAt}
          disabled={disabled}
          onChange={(event) => update('closesAt', event.currentTarget.value)}
          error={errorFor('closesAt')}
          data-testid="track-closesAt"
        />
      </SimpleGrid>
      {initiative && creating && (
        <TextInput
          required
          type="datetime-local"
          label={t('initiativeAdmin.settings.unitDeadline')}
          description={t('initiativeAdmin.settings.unitDeadlineHint')}
          value={draft.unitDeadline}
          disabled={disabled}
          onChange={(event) => update('unitDeadline', event.currentTarget.value)}
          error={errorFor('unitDeadline')}
          maw={{ base: '100%', sm: 'calc(50% - var(--mantine-spacing-md) / 2)' }}
          data-testid="unit-deadline"
        />
      )}
      <Radio.Group
        label={t('clipsAdmin.track.submitter')}
        value={draft.submitter}
        onChange={(value) => update('submitter', value as TrackDraft['submitter'])}
        error={errorFor('submitter')}
      >
        <Stack gap="xs" mt={6}>
          {TRACK_SUBMITTERS.map((submitter) => (
            <Radio
              key={submitter}
              value={submitter}
              disabled={disabled}
              label={t(`clipsAdmin.submitter.${submitter}`)}
              description={t(`clipsAdmin.submitterHint.${submitter}`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      <NumberInput
        required
        label={t(initiative ? 'initiativeAdmin.settings.entriesPerUnit' : 'clipsAdmin.track.entriesPerUnit')}
        description={t(
          initiative ? 'initiativeAdmin.settings.entriesPerUnitHint' : 'clipsAdmin.track.entriesPerUnitHint',
        )}
        min={1}
        max={100}
        allowDecimal={false}
        allowNegative={false}
        value={draft.entriesPerUnit}
        disabled={disabled}
        onChange={(value) => update('entriesPerUnit', asCount(value))}
        error={errorFor('entriesPerUnit')}
        maw={320}
        data-testid="track-entriesPerUnit"
      />
      {initiative ? (
        <>
          <ReformAreasField
            value={draft.topics}
            onChange={(topics) => update('topics', topics)}
            error={errorFor('topics')}
            disabled={disabled}
          />
          <InitiativeSettingsFields
            value={initiative}
            onChange={(next) => update('initiative', next)}
            errorFor={errorFor}
            disabled={disabled}
          />
          <ScopeField
            value={draft.scope}
            onChange={(scope) => update('scope', scope)}
            error={errorFor('scope')}
            disabled={disabled}
          />
        </>
      ) : (
        <TagsInput
          label={t('clipsAdmin.track.topics')}
          description={t('clipsAdmin.track.topicsHint')}
          value={draft.topics}
          // A topic may hold a comma: only Enter or a pasted line break ends one.
          splitChars={['\n']}
          disabled={disabled}
          onChange={(topics) => update('topics', topics)}
          error={errorFor('topics')}
          data-testid="track-topics"
        />
      )}
      {showVideo && <VideoFields draft={draft} update={update} errorFor={errorFor} disabled={disabled} />}
    </Stack>
  );
}

/** How a video comes in and what a file may be: a clip call's, or an initiative call's that takes videos. */
function VideoFields({ draft, update, errorFor, disabled = false }: TrackSettingsFieldsProps) {
  const { t } = useTranslation();
  const formatOptions = VIDEO_FORMATS.map((format) => ({ value: format, label: `.${format}` }));
  return (
    <Stack gap="md" data-testid="track-video-fields">
      {draft.initiative && (
        <Text size="sm" c="dimmed">
          {t('initiativeAdmin.settings.videoNote')}
        </Text>
      )}
      {/* An initiative's video is an uploaded file: how it comes in is only shown when that is what is wrong. */}
      {(!draft.initiative || errorFor('media')) && (
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            {t('clipsAdmin.track.media')}
          </Text>
          <Group gap="lg">
            <Checkbox
              label={t('clipsAdmin.track.allowFiles')}
              checked={draft.allowFiles}
              disabled={disabled}
              onChange={(event) => update('allowFiles', event.currentTarget.checked)}
              data-testid="track-allowFiles"
            />
            <Checkbox
              label={t('clipsAdmin.track.allowLinks')}
              checked={draft.allowLinks}
              disabled={disabled}
              onChange={(event) => update('allowLinks', event.currentTarget.checked)}
              data-testid="track-allowLinks"
            />
          </Group>
          {errorFor('media') && (
            <Text size="sm" c="red" role="alert">
              {errorFor('media')}
            </Text>
          )}
        </Stack>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <NumberInput
          required
          label={t('clipsAdmin.track.maxMegabytes')}
          min={1}
          max={4096}
          allowDecimal={false}
          allowNegative={false}
          suffix=" MB"
          value={draft.maxMegabytes}
          disabled={disabled || !draft.allowFiles}
          onChange={(value) => update('maxMegabytes', asCount(value))}
          error={errorFor('maxMegabytes')}
          data-testid="track-maxMegabytes"
        />
        <NumberInput
          required
          label={t('clipsAdmin.track.maxDurationSeconds')}
          description={
            draft.maxDurationSeconds === ''
              ? t('clipsAdmin.track.maxDurationHintEmpty')
              : t('clipsAdmin.track.maxDurationHint', {
                  clock: formatDurationClock(draft.maxDurationSeconds),
                })
          }
          min={5}
          max={3 * 3600}
          allowDecimal={false}
          allowNegative={false}
          value={draft.maxDurationSeconds}
          disabled={disabled || !draft.allowFiles}
          onChange={(value) => update('maxDurationSeconds', asCount(value))}
          error={errorFor('maxDurationSeconds')}
          data-testid="track-maxDuration"
        />
      </SimpleGrid>
      <MultiSelect
        label={t('clipsAdmin.track.formats')}
        description={t('clipsAdmin.track.formatsHint')}
        data={formatOptions}
        value={draft.formats}
        disabled={disabled || !draft.allowFiles}
        onChange={(formats) => update('formats', formats as TrackDraft['formats'])}
        error={errorFor('formats')}
        checkIconPosition="right"
        data-testid="track-formats"
      />
    </Stack>
  );
}
