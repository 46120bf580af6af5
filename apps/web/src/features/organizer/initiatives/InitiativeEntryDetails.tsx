import type { Entry } from '@contest/contracts';
import { Accordion, Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { routeUrl } from '../../../api';
import { formatDateTime, formatFileSize } from '../../../lib/format';

const WRAP = { overflowWrap: 'anywhere' } as const;
const PARTS = ['summary', 'problem', 'solution', 'application', 'results'] as const;

type InitiativeEntry = Pick<Entry, 'initiative' | 'unitReview' | 'attachments'>;

/**
 * What the organizer screens an initiative on: its area and form, who wrote it and how to reach
 * them, what the unit's head confirmed, the attachments, and the whole text on demand.
 */
export function InitiativeEntryDetails({ entry }: { entry: InitiativeEntry }) {
  const { t } = useTranslation();
  const details = entry.initiative;
  if (!details) return null;
  return (
    <Stack gap={6} data-testid="initiative-details">
      <Group gap={6}>
        <Badge variant="light" color="grape" tt="none">
          {t(`initiativeAdmin.screening.form.${details.form}`)}
        </Badge>
      </Group>
      <AuthorList authors={details.authors} />
      <UnitReviewNote review={entry.unitReview} />
      <AttachmentList attachments={entry.attachments} />
      <Accordion variant="contained" chevronPosition="left" data-testid="initiative-fulltext">
        <Accordion.Item value="text">
          <Accordion.Control>
            <Text size="sm" fw={500}>
              {t('initiativeAdmin.screening.fullText')}
            </Text>
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap="sm">
              {PARTS.map((part) => (
                <Stack key={part} gap={2}>
                  <Text size="xs" c="dimmed" fw={700} tt="uppercase">
                    {t(`initiativeAdmin.screening.parts.${part}`)}
                  </Text>
                  <Text
                    size="sm"
                    style={{ whiteSpace: 'pre-wrap', ...WRAP }}
                    data-testid={`initiative-${part}`}
                  >
                    {details[part] || '—'}
                  </Text>
                </Stack>
              ))}
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Stack>
  );
}

function AuthorList({ authors }: { authors: NonNullable<Entry['initiative']>['authors'] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} data-testid="initiative-authors">
      <Text size="xs" c="dimmed" fw={600}>
        {t('initiativeAdmin.screening.authors', { count: authors.length })}
      </Text>
      {authors.map((author, index) => (
        <Text key={index} size="sm" style={WRAP}>
          <Text span fw={600}>
            {author.name}
          </Text>
          {author.representative && (
            <Text span size="xs" c="grape.8">
              {' '}
              ({t('initiativeAdmin.screening.representative')})
            </Text>
          )}
          {[author.position, author.unitName].filter(Boolean).length > 0 && (
            <Text span c="dimmed">
              {' · '}
              {[author.position, author.unitName].filter(Boolean).join(', ')}
            </Text>
          )}
          {author.phone && (
            <>
              {' · '}
              <Anchor href={`tel:${author.phone.replace(/[^\d+]/g, '')}`} size="sm">
                {author.phone}
              </Anchor>
            </>
          )}
          {author.email && (
            <>
              {' · '}
              <Anchor href={`mailto:${author.email}`} size="sm">
                {author.email}
              </Anchor>
            </>
          )}
        </Text>
      ))}
    </Stack>
  );
}

function UnitReviewNote({ review }: { review: Entry['unitReview'] }) {
  const { t, i18n } = useTranslation();
  if (!review) return null;
  const when = review.reviewedAt ? formatDateTime(review.reviewedAt, i18n.language) : null;
  return (
    <Stack gap={2} data-testid="initiative-unit-review" data-state={review.state}>
      {review.state === 'forwarded' && review.headName ? (
        <Text size="sm" c="teal.9" style={WRAP}>
          ✓{' '}
          {t('initiativeAdmin.screening.headConfirmed', {
            name: review.headName,
            position: review.headPosition ?? '',
          })}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {t(`initiativeAdmin.screening.unitReview.${review.state}`)}
        </Text>
      )}
      {(review.reviewedByName || when) && (
        <Text size="xs" c="dimmed">
          {t('initiativeAdmin.screening.reviewedBy', { name: review.reviewedByName ?? '—', at: when ?? '—' })}
        </Text>
      )}
      {review.comment && (
        <Text size="xs" c="dimmed" style={WRAP}>
          {t('initiativeAdmin.screening.unitComment', { comment: review.comment })}
        </Text>
      )}
    </Stack>
  );
}

function AttachmentList({ attachments }: { attachments: Entry['attachments'] }) {
  const { t, i18n } = useTranslation();
  if (attachments.length === 0)
    return (
      <Text size="xs" c="dimmed">
        {t('initiativeAdmin.screening.noAttachments')}
      </Text>
    );
  return (
    <Stack gap={2} data-testid="initiative-attachments">
      <Text size="xs" c="dimmed" fw={600}>
        {t('initiativeAdmin.screening.attachments', { count: attachments.length })}
      </Text>
      {attachments.map((attachment) => (
        <Text key={attachment.id} size="sm" style={WRAP}>
          <Anchor
            href={routeUrl('attachmentFile', { params: { attachmentId: attachment.id } })}
            target="_blank"
            rel="noopener"
            size="sm"
            data-testid="initiative-attachment"
          >
            {attachment.name}
          </Anchor>
          <Text span size="xs" c="dimmed">
            {' '}
            ({attachment.kind.toUpperCase()} · {formatFileSize(attachment.bytes, i18n.language)})
          </Text>
        </Text>
      ))}
    </Stack>
  );
}
