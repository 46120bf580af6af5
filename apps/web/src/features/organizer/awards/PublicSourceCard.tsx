import { PUBLIC_SOURCES, type PublicSource, type Stage } from '@contest/contracts';
import { Alert, Button, Card, Group, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDecimal } from '../../../lib/format';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { useSetPublicSource } from './use-interactions';

/** Where the stage's public points come from: votes in the gallery, or likes and shares typed in here. */
export function PublicSourceCard({ stage }: { stage: Stage }) {
  const { t, i18n } = useTranslation();
  const [source, setSource] = useState<PublicSource>(stage.publicSource);
  const save = useSetPublicSource(stage);
  const locked = stage.lockedAt !== null;
  return (
    <Card withBorder padding="md" data-testid="public-source">
      <Stack gap="sm">
        <Text fw={600}>{t('awards.interactions.source.title')}</Text>
        <Text size="sm" c="dimmed">
          {stage.votePoints > 0
            ? t('awards.interactions.source.cap', { points: formatDecimal(stage.votePoints, i18n.language) })
            : t('awards.interactions.source.noCap')}
        </Text>
        <Radio.Group value={source} onChange={(value) => setSource(value as PublicSource)}>
          <Stack gap={6}>
            {PUBLIC_SOURCES.map((value) => (
              <Radio
                key={value}
                value={value}
                disabled={locked}
                label={t(`awards.interactions.source.${value}`)}
                description={t(`awards.interactions.source.${value}Hint`)}
                data-testid={`public-source-${value}`}
              />
            ))}
          </Stack>
        </Radio.Group>
        {locked && (
          <Alert color="gray" variant="light">
            {t('awards.interactions.locked')}
          </Alert>
        )}
        {save.isError && <ErrorAlert error={save.error} />}
        {!locked && (
          <Group>
            <Button
              onClick={() => save.mutate(source)}
              loading={save.isPending}
              disabled={source === stage.publicSource}
              data-testid="public-source-save"
            >
              {t('awards.interactions.source.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
