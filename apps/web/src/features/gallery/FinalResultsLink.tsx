import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { paths } from '../../shared/paths';

/** Once a track's final results are published, the gallery points to them first. */
export function FinalResultsLink({ trackId, published }: { trackId: number; published: boolean }) {
  const { t } = useTranslation();
  if (!published) return null;
  return (
    <Alert color="yellow" variant="light" data-testid="final-results-link">
      <Group justify="space-between" gap="sm">
        <Text size="sm" fw={500}>
          {t('awards.public.galleryNote')}
        </Text>
        <Button component={Link} to={paths.trackResults(trackId)} size="xs" color="orange">
          {t('awards.public.galleryLink')}
        </Button>
      </Group>
    </Alert>
  );
}
