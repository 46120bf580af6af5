import type { Entry, InitiativeDetails } from '@contest/contracts';
import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { AttachmentLinks } from './AttachmentLinks';
import { TEXT_PARTS } from './initiative-form';

/** The area and the form, as two small badges that wrap on a phone. */
export function InitiativeBadges({ details }: { details: Pick<InitiativeDetails, 'area' | 'form'> }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} preventGrowOverflow={false}>
      {details.area && (
        <Badge
          variant="light"
          color="grape"
          h="auto"
          py={2}
          maw="100%"
          styles={{ label: { textTransform: 'none', whiteSpace: 'normal', overflow: 'visible' } }}
          data-testid="initiative-area"
        >
          {details.area}
        </Badge>
      )}
      <Badge variant="outline" color="gray" styles={{ label: { textTransform: 'none' } }}>
        {t(`initiatives.form.forms.${details.form}`)}
      </Badge>
    </Group>
  );
}

/**
 * The authors: names and where they work; phones and e-mails only when the reader may see them
 * (the server blanks them for judges), the group's representative marked.
 */
export function InitiativeAuthors({ authors }: { authors: InitiativeDetails['authors'] }) {
  const { t } = useTranslation();
  const group = authors.length > 1;
  return (
    <Stack gap={6} data-testid="initiative-authors">
      {authors.map((a, i) => {
        const work = [a.position, a.unitName].filter(Boolean).join(', ');
        const contact = [a.phone, a.email].filter(Boolean).join(' · ');
        return (
          <Stack key={i} gap={0}>
            <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
              {a.name}
              {group && a.representative && (
                <Text span size="xs" c="blue" fw={600}>
                  {' '}
                  {t('initiatives.authors.representativeMark')}
                </Text>
              )}
            </Text>
            {work && (
              <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {work}
              </Text>
            )}
            {contact && (
              <Text size="xs" style={{ overflowWrap: 'anywhere' }} data-testid="author-contact">
                {contact}
              </Text>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}

/** One written part under its heading, kept as the author broke it into lines. */
function Part({ label, text }: { label: string; text: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Title order={4} size="h6">
        {label}
      </Title>
      {text.trim() ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {text}
        </Text>
      ) : (
        <Text size="sm" c="dimmed" fs="italic">
          {t('initiatives.read.empty')}
        </Text>
      )}
    </Stack>
  );
}

/** An initiative read whole: its parts in order, its authors and its attachments (the video is the page's). */
export function InitiativeText({ entry, withAuthors = true }: { entry: Entry; withAuthors?: boolean }) {
  const { t } = useTranslation();
  const details = entry.initiative;
  if (!details) return null;
  return (
    <Stack gap="sm" data-testid="initiative-text">
      {TEXT_PARTS.map((part) => (
        <Part key={part} label={t(`initiatives.form.parts.${part}.label`)} text={details[part]} />
      ))}
      {withAuthors && (
        <Stack gap={4}>
          <Title order={4} size="h6">
            {t('initiatives.read.authors')}
          </Title>
          <InitiativeAuthors authors={details.authors} />
        </Stack>
      )}
      <Stack gap={4}>
        <Title order={4} size="h6">
          {t('initiatives.attachments.title')}
        </Title>
        <AttachmentLinks attachments={entry.attachments} />
      </Stack>
    </Stack>
  );
}
