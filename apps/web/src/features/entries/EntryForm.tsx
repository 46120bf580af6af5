import type { Entry, Track } from '@contest/contracts';
import {
  Alert,
  Button,
  Group,
  Input,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError } from '../../api';
import { formatFileSize } from '../../lib/format';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { issuesByField } from '../../shared/server-issues';
import { AuthorsInput } from './AuthorsInput';
import {
  ENTRY_FIELD_BY_PATH,
  checkEntryForm,
  emptyEntryForm,
  entryFormOf,
  sourcesOf,
  type EntryField,
  type EntryFormValues,
} from './entry-form';
import { useSaveEntry } from './entry-queries';
import { acceptFor, checkVideoFile, type FileProblem } from './file-check';
import { FilePickButton } from './FilePickButton';
import { FileProblemAlert } from './FileProblemAlert';

interface EntryFormProps {
  track: Track;
  /** The entry to edit; a new one when absent. */
  entry?: Entry;
  onCancel?(): void;
  /** Saved; for a new entry, with the file chosen to send next. */
  onSaved(entry: Entry, file: File | null): void;
}

/** A new entry, or changes to one: title, topic, authors, description, and how the clip comes. */
export function EntryForm({ track, entry, onCancel, onSaved }: EntryFormProps) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState<EntryFormValues>(() =>
    entry ? entryFormOf(entry) : emptyEntryForm(track),
  );
  const [problems, setProblems] = useState<EntryField[]>([]);
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<FileProblem | null>(null);
  const save = useSaveEntry(track.id);
  const sources = sourcesOf(track);
  const creating = !entry;

  const serverErrors = isApiError(save.error) ? issuesByField(save.error.issues, ENTRY_FIELD_BY_PATH) : {};
  const errorFor = (field: EntryField) =>
    problems.includes(field) ? t(`entries.form.errors.${field}`) : serverErrors[field];
  const update = <K extends keyof EntryFormValues>(key: K, value: EntryFormValues[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    setProblems((current) => current.filter((p) => p !== key));
    if (save.isError) save.reset();
  };

  const pickFile = (picked: File) => {
    const problem = checkVideoFile(picked, track);
    setFileProblem(problem);
    setFile(problem ? null : picked);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkEntryForm(form, track);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    const body = checked.body;
    save.mutate(entry ? { kind: 'update', entryId: entry.id, body } : { kind: 'create', body }, {
      onSuccess: (saved) => {
        notifications.show({
          color: 'teal',
          message: t(
            creating
              ? form.source === 'file' && file
                ? 'entries.form.createdUploading'
                : 'entries.form.created'
              : 'entries.form.saved',
          ),
        });
        onSaved(saved, form.source === 'file' ? file : null);
      },
    });
  };

  const backToScreening = entry && entry.status === 'submitted';

  return (
    <form onSubmit={submit} noValidate data-testid={creating ? 'entry-create-form' : 'entry-edit-form'}>
      <Stack gap="sm">
        <TextInput
          required
          label={t('entries.form.title')}
          value={form.title}
          onChange={(event) => update('title', event.currentTarget.value)}
          error={errorFor('title')}
          maxLength={200}
          data-testid="entry-title"
        />
        {track.topics.length > 0 && (
          <Select
            required
            label={t('entries.form.topic')}
            placeholder={t('entries.form.topicPlaceholder')}
            data={track.topics}
            value={form.topic}
            onChange={(topic) => update('topic', topic)}
            allowDeselect={false}
            error={errorFor('topic')}
            comboboxProps={{ withinPortal: true }}
            data-testid="entry-topic"
          />
        )}
        <AuthorsInput
          value={form.authors}
          onChange={(authors) => update('authors', authors)}
          error={errorFor('authors')}
        />
        <Textarea
          label={t('entries.form.description')}
          description={t('entries.form.descriptionHint')}
          value={form.description}
          onChange={(event) => update('description', event.currentTarget.value)}
          error={errorFor('description')}
          autosize
          minRows={3}
          maxRows={10}
          maxLength={5000}
          data-testid="entry-description"
        />
        {sources.length > 1 && (
          <Input.Wrapper label={t('entries.form.source')}>
            <SegmentedControl
              mt={4}
              fullWidth
              value={form.source}
              onChange={(source) => update('source', source as EntryFormValues['source'])}
              data={sources.map((s) => ({ value: s, label: t(`entries.form.sources.${s}`) }))}
              data-testid="entry-source"
            />
          </Input.Wrapper>
        )}
        {form.source === 'link' && (
          <TextInput
            required
            type="url"
            inputMode="url"
            label={t('entries.form.link')}
            description={t('entries.form.linkHint')}
            placeholder="https://www.youtube.com/watch?v=…"
            value={form.linkUrl}
            onChange={(event) => update('linkUrl', event.currentTarget.value)}
            error={errorFor('linkUrl')}
            data-testid="entry-link-input"
          />
        )}
        {form.source === 'file' && creating && (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('entries.form.file')}
            </Text>
            {file && (
              <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="entry-form-file">
                {t('entries.form.fileChosen', {
                  name: file.name,
                  size: formatFileSize(file.size, i18n.language),
                })}
              </Text>
            )}
            {fileProblem && <FileProblemAlert problem={fileProblem} />}
            <FilePickButton
              accept={acceptFor(track.formats)}
              label={t(file ? 'entries.form.fileChange' : 'entries.form.filePick')}
              variant="default"
              onPick={pickFile}
              testId="entry-form-file-input"
            />
            <Text size="xs" c="dimmed">
              {t('entries.form.fileHint')}
            </Text>
          </Stack>
        )}
        {form.source === 'file' && !creating && entry?.linkUrl && (
          <Text size="sm" c="dimmed">
            {t('entries.form.toFileHint')}
          </Text>
        )}
        {backToScreening && (
          <Alert color="blue" variant="light" p="xs" role="note">
            <Text size="sm">{t('entries.form.rescreenHint')}</Text>
          </Alert>
        )}
        {save.isError && <ErrorAlert error={save.error} />}
        <Group justify="flex-end" gap="xs">
          {onCancel && (
            <Button variant="default" onClick={onCancel} disabled={save.isPending}>
              {t('entries.form.cancel')}
            </Button>
          )}
          <Button type="submit" loading={save.isPending} data-testid="entry-save">
            {t(creating ? 'entries.form.create' : 'entries.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
