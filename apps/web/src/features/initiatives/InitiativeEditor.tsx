import type { Entry, InitiativeSettings, Track } from '@contest/contracts';
import {
  Alert,
  Button,
  Card,
  Grid,
  Group,
  Input,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { isProcessing } from '../entries/entry-state';
import { useCurrentUser } from '../auth/session';
import { AttachmentsPanel } from './AttachmentsPanel';
import { AuthorsEditor } from './AuthorsEditor';
import { AutosaveStatus } from './AutosaveStatus';
import type { DraftSaveState } from './draft-autosaver';
import {
  TEXT_PARTS,
  emptyInitiativeForm,
  initiativeChecklist,
  initiativeFormOf,
  type InitiativeFormValues,
} from './initiative-form';
import { InitiativeChecklist } from './InitiativeChecklist';
import { InitiativeVideo } from './InitiativeVideo';
import { PartField } from './PartField';
import { SendInitiative, type SendBlock } from './SendInitiative';
import { useInitiativeAutosave } from './use-initiative-autosave';

interface InitiativeEditorProps {
  track: Track & { initiative: InitiativeSettings };
  /** The initiative as last fetched; null while a new one has not been saved yet. */
  entry: Entry | null;
  unitName: string;
  onCreated(entry: Entry): void;
  onClose(): void;
}

/**
 * Writing an initiative: every part, its authors, its attachments and (for a video) its film,
 * saved as it is typed; a checklist of what is left, and Send once nothing is.
 */
export function InitiativeEditor({ track, entry, unitName, onCreated, onClose }: InitiativeEditorProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [values, setValues] = useState<InitiativeFormValues>(() =>
    entry ? initiativeFormOf(entry, track) : emptyInitiativeForm(track, user),
  );
  const [uploading, setUploading] = useState(false);
  // Its first save does not make a new initiative an edit of an old one.
  const [startedNew] = useState(entry === null);
  const autosave = useInitiativeAutosave({ track, entry, values, onCreated });
  // A new form nobody has typed in yet is not "wrong": it waits for a title, quietly.
  const [touched, setTouched] = useState(entry !== null);
  const update = <K extends keyof InitiativeFormValues>(key: K, value: InitiativeFormValues[K]) => {
    setTouched(true);
    setValues((current) => ({ ...current, [key]: value }));
  };
  const saveState = touched ? autosave.state : untouchedState(autosave.state);

  const hasVideo = entry?.file != null;
  const checklist = useMemo(() => initiativeChecklist(values, track, hasVideo), [values, track, hasVideo]);
  const blockers = saveState.kind === 'blocked' ? saveState.blockers : [];
  const settings = track.initiative;
  const returned = entry?.unitReview?.state === 'returned' ? entry.unitReview : null;

  const sendBlock: SendBlock =
    saveState.kind === 'blocked' || saveState.kind === 'failed'
      ? 'unsaveable'
      : entry === null
        ? 'notSaved'
        : checklist.some((i) => !i.done)
          ? 'incomplete'
          : uploading
            ? 'uploading'
            : isProcessing(entry)
              ? 'processing'
              : null;

  const side = (
    <Stack gap="sm">
      <InitiativeChecklist items={checklist} group={values.authors.length > 1} />
      <SendInitiative
        trackId={track.id}
        entryId={entry?.id ?? null}
        title={values.title}
        unitName={unitName}
        block={sendBlock}
        flush={autosave.flush}
        onSent={onClose}
      />
    </Stack>
  );

  return (
    <Stack gap="md" data-testid="initiative-editor" data-entry-id={entry?.id ?? ''}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Button variant="subtle" px={0} onClick={onClose} data-testid="initiative-back">
          {t('initiatives.editor.back')}
        </Button>
        <AutosaveStatus state={saveState} />
      </Group>
      <Stack gap={2}>
        <Title order={3} size="h4">
          {t(startedNew ? 'initiatives.editor.newTitle' : 'initiatives.editor.editTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('initiatives.editor.intro')}
        </Text>
      </Stack>
      {returned && (
        <Alert color="orange" variant="light" title={t('initiatives.editor.returnedTitle')}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            «{returned.comment}»
          </Text>
        </Alert>
      )}

      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <Card withBorder padding="md">
              <Stack gap="sm">
                <TextInput
                  required
                  label={t('initiatives.form.title')}
                  description={t('initiatives.form.titleHint')}
                  value={values.title}
                  onChange={(event) => update('title', event.currentTarget.value)}
                  maxLength={200}
                  data-testid="initiative-title"
                />
                {track.topics.length > 0 && (
                  <Select
                    required
                    label={t('initiatives.form.area')}
                    placeholder={t('initiatives.form.areaPlaceholder')}
                    data={track.topics}
                    value={values.area}
                    onChange={(area) => update('area', area)}
                    allowDeselect={false}
                    comboboxProps={{ withinPortal: true }}
                    data-testid="initiative-area-select"
                  />
                )}
                {settings.forms.length > 1 ? (
                  <Input.Wrapper
                    label={t('initiatives.form.form')}
                    description={t('initiatives.form.formHint')}
                  >
                    <SegmentedControl
                      mt={4}
                      fullWidth
                      value={values.form}
                      onChange={(form) => update('form', form as InitiativeFormValues['form'])}
                      data={settings.forms.map((f) => ({
                        value: f,
                        label: t(`initiatives.form.forms.${f}`),
                      }))}
                      data-testid="initiative-form-kind"
                    />
                  </Input.Wrapper>
                ) : (
                  <Text size="sm">
                    <Text span c="dimmed">
                      {t('initiatives.form.form')}:{' '}
                    </Text>
                    {t(`initiatives.form.forms.${settings.forms[0]}`)}
                  </Text>
                )}
              </Stack>
            </Card>

            <Card withBorder padding="md">
              <Stack gap="sm">
                {TEXT_PARTS.map((part) => (
                  <PartField
                    key={part}
                    part={part}
                    value={values[part]}
                    onChange={(text) => update(part, text)}
                  />
                ))}
              </Stack>
            </Card>

            <Card withBorder padding="md">
              <AuthorsEditor
                settings={settings}
                authors={values.authors}
                blockers={blockers}
                onChange={(authors) => update('authors', authors)}
              />
            </Card>

            {values.form === 'video' && (
              <Card withBorder padding="md">
                {entry ? (
                  <InitiativeVideo track={track} entry={entry} onUploading={setUploading} />
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('initiatives.video.afterFirstSave')}
                  </Text>
                )}
              </Card>
            )}

            <Card withBorder padding="md">
              {entry ? (
                <AttachmentsPanel trackId={track.id} entry={entry} maxMb={settings.attachmentMegabytes} />
              ) : (
                <Stack gap={2}>
                  <Text size="sm" fw={500}>
                    {t('initiatives.attachments.title')}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t('initiatives.attachments.afterFirstSave')}
                  </Text>
                </Stack>
              )}
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <div style={{ position: 'sticky', top: 72 }}>{side}</div>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** Before the first keystroke a new draft is merely not saved yet, not blocked by a mistake. */
function untouchedState(state: DraftSaveState): DraftSaveState {
  return state.kind === 'blocked' ? { kind: 'idle' } : state;
}
