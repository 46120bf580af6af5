import { ActionIcon, Button, Group, Input, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const MAX_AUTHORS = 20;

interface AuthorsInputProps {
  value: string[];
  onChange(authors: string[]): void;
  error?: string;
}

/** One field per author, added and removed with buttons: easier on a phone than a tag input. */
export function AuthorsInput({ value, onChange, error }: AuthorsInputProps) {
  const { t } = useTranslation();
  const set = (index: number, name: string) => onChange(value.map((a, i) => (i === index ? name : a)));
  const remove = (index: number) => onChange(value.length > 1 ? value.filter((_, i) => i !== index) : ['']);
  return (
    <Input.Wrapper
      label={t('entries.form.authors')}
      description={t('entries.form.authorsHint')}
      error={error}
      required
    >
      <Stack gap={6} mt={4}>
        {value.map((author, index) => (
          <Group key={index} gap={6} wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              value={author}
              onChange={(event) => set(index, event.currentTarget.value)}
              aria-label={t('entries.form.authorN', { n: index + 1 })}
              placeholder={t('entries.form.authorPlaceholder')}
              error={error ? true : undefined}
              maxLength={120}
              autoComplete="off"
              data-testid={`entry-author-${index}`}
            />
            {value.length > 1 && (
              <ActionIcon
                variant="subtle"
                color="gray"
                size="lg"
                onClick={() => remove(index)}
                aria-label={t('entries.form.removeAuthor', { n: index + 1 })}
              >
                <span aria-hidden>✕</span>
              </ActionIcon>
            )}
          </Group>
        ))}
        {value.length < MAX_AUTHORS && (
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => onChange([...value, ''])}
            style={{ alignSelf: 'flex-start' }}
            data-testid="entry-add-author"
          >
            {t('entries.form.addAuthor')}
          </Button>
        )}
      </Stack>
    </Input.Wrapper>
  );
}
