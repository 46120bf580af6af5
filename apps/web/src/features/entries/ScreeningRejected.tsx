import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The organizers' reason, where the unit cannot miss it, and what to do about it while there is time. */
export function ScreeningRejected({ reason, editable }: { reason: string | null; editable: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={t('entries.rejected.title')} data-testid="entry-rejected">
      {reason && (
        <>
          <Text size="sm" fw={500}>
            {t('entries.rejected.reasonLabel')}
          </Text>
          <Text
            size="sm"
            style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
            data-testid="rejected-reason"
          >
            {reason}
          </Text>
        </>
      )}
      <Text size="sm" mt="xs" fw={editable ? 600 : undefined}>
        {t(editable ? 'entries.rejected.fixHint' : 'entries.rejected.closedHint')}
      </Text>
    </Alert>
  );
}
