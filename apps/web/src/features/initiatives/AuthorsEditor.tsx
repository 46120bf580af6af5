import type { InitiativeSettings } from '@contest/contracts';
import { Button, Card, Group, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import {
  addAuthor,
  authorBounds,
  removeAuthor,
  withRepresentative,
  type AuthorValues,
  type SaveBlocker,
} from './initiative-form';

interface AuthorsEditorProps {
  settings: InitiativeSettings;
  authors: AuthorValues[];
  blockers: readonly SaveBlocker[];
  disabled?: boolean;
  onChange(authors: AuthorValues[]): void;
}

type ContactField = 'phone' | 'email';

/**
 * The authors: one, or a group up to the call's most, each with their unit, position and contacts;
 * a group picks its one representative, who must be reachable by phone and e-mail.
 */
export function AuthorsEditor({ settings, authors, blockers, disabled, onChange }: AuthorsEditorProps) {
  const { t } = useTranslation();
  const { min, max } = authorBounds(settings);
  const group = authors.length > 1;
  // A half-typed number is not flagged until the author leaves the field.
  const [left, setLeft] = useState<Set<string>>(() => new Set());
  const blocked = (kind: SaveBlocker['kind'], n: number) =>
    blockers.some((b) => b.kind === kind && 'n' in b && b.n === n);
  const contactError = (author: AuthorValues, field: ContactField, n: number) =>
    left.has(`${author.key}-${field}`) &&
    blocked(field === 'phone' ? 'authorPhone' : 'authorEmail', n) &&
    t(`initiatives.authors.errors.${field}`);

  const update = (index: number, change: Partial<AuthorValues>) =>
    onChange(authors.map((a, i) => (i === index ? { ...a, ...change } : a)));

  const authorship =
    settings.individual && settings.group ? 'either' : settings.group ? 'group' : 'individual';

  return (
    <Stack gap="xs" data-testid="initiative-authors-editor">
      <Stack gap={0}>
        <Text size="sm" fw={500}>
          {t('initiatives.authors.title')}
        </Text>
        <Text size="xs" c="dimmed">
          {t(`initiatives.authors.hint.${authorship}`, { max })}
        </Text>
      </Stack>
      <Radio.Group
        value={group ? String(authors.findIndex((a) => a.representative)) : '0'}
        onChange={(value) => onChange(withRepresentative(authors, Number(value)))}
      >
        <Stack gap="xs">
          {authors.map((author, index) => {
            const n = index + 1;
            return (
              <Card key={author.key} withBorder padding="sm" data-testid={`author-${n}`}>
                <Stack gap="xs">
                  <Group justify="space-between" gap="xs" wrap="wrap">
                    <Text size="sm" fw={600}>
                      {group ? t('initiatives.authors.authorN', { n }) : t('initiatives.authors.author')}
                    </Text>
                    <Group gap="xs">
                      {group && (
                        <Radio
                          value={String(index)}
                          label={t('initiatives.authors.representative')}
                          disabled={disabled}
                          data-testid={`author-${n}-representative`}
                        />
                      )}
                      {authors.length > min && (
                        <Button
                          variant="subtle"
                          color="red"
                          size="compact-sm"
                          disabled={disabled}
                          onClick={() => onChange(removeAuthor(authors, index, min))}
                          aria-label={t('initiatives.authors.removeN', { n })}
                        >
                          {t('initiatives.authors.remove')}
                        </Button>
                      )}
                    </Group>
                  </Group>
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs">
                    <TextInput
                      required
                      label={t('initiatives.authors.name')}
                      value={author.name}
                      onChange={(event) => update(index, { name: event.currentTarget.value })}
                      error={
                        left.has(`${author.key}-name`) &&
                        blocked('authorName', n) &&
                        t('initiatives.authors.errors.name')
                      }
                      onBlur={() => setLeft((s) => new Set(s).add(`${author.key}-name`))}
                      maxLength={120}
                      disabled={disabled}
                      data-testid={`author-${n}-name`}
                    />
                    <TextInput
                      label={t('initiatives.authors.unitName')}
                      value={author.unitName}
                      onChange={(event) => update(index, { unitName: event.currentTarget.value })}
                      maxLength={255}
                      disabled={disabled}
                      data-testid={`author-${n}-unit`}
                    />
                    <TextInput
                      label={t('initiatives.authors.position')}
                      value={author.position}
                      onChange={(event) => update(index, { position: event.currentTarget.value })}
                      maxLength={120}
                      disabled={disabled}
                      data-testid={`author-${n}-position`}
                    />
                    <TextInput
                      label={t('initiatives.authors.phone')}
                      type="tel"
                      inputMode="tel"
                      autoComplete={index === 0 ? 'tel' : 'off'}
                      value={author.phone}
                      onChange={(event) => update(index, { phone: event.currentTarget.value })}
                      onBlur={() => setLeft((s) => new Set(s).add(`${author.key}-phone`))}
                      error={contactError(author, 'phone', n)}
                      withAsterisk={author.representative}
                      maxLength={20}
                      disabled={disabled}
                      data-testid={`author-${n}-phone`}
                    />
                    <TextInput
                      label={t('initiatives.authors.email')}
                      type="email"
                      inputMode="email"
                      autoComplete={index === 0 ? 'email' : 'off'}
                      value={author.email}
                      onChange={(event) => update(index, { email: event.currentTarget.value })}
                      onBlur={() => setLeft((s) => new Set(s).add(`${author.key}-email`))}
                      error={contactError(author, 'email', n)}
                      withAsterisk={author.representative}
                      maxLength={254}
                      disabled={disabled}
                      data-testid={`author-${n}-email`}
                    />
                  </SimpleGrid>
                </Stack>
              </Card>
            );
          })}
        </Stack>
      </Radio.Group>
      {authors.length < max && (
        <Button
          variant="light"
          onClick={() => onChange(addAuthor(authors, max))}
          disabled={disabled}
          style={{ alignSelf: 'flex-start' }}
          data-testid="author-add"
        >
          {t(group ? 'initiatives.authors.add' : 'initiatives.authors.addFirst')}
        </Button>
      )}
      {authors.length >= max && max > 1 && (
        <Text size="xs" c="dimmed">
          {t('initiatives.authors.atMost', { max })}
        </Text>
      )}
    </Stack>
  );
}
