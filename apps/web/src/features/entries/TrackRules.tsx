import { Button, Card, Collapse, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** The call's rules, to read before sending: open at first, folded away once the unit has entries. */
export function TrackRules({ rulesText, initiallyOpen }: { rulesText: string; initiallyOpen: boolean }) {
  const { t } = useTranslation();
  const [opened, { toggle }] = useDisclosure(initiallyOpen);
  const panelId = useId();
  if (!rulesText.trim()) return null;
  return (
    <Card withBorder padding="sm">
      <Button
        variant="subtle"
        fullWidth
        justify="space-between"
        onClick={toggle}
        aria-expanded={opened}
        aria-controls={panelId}
        rightSection={<span aria-hidden>{opened ? '▲' : '▼'}</span>}
        px="xs"
        data-testid="rules-toggle"
      >
        {t('entries.rules.title')}
      </Button>
      <Collapse in={opened} id={panelId}>
        <Text size="sm" px="xs" pt="xs" style={{ whiteSpace: 'pre-wrap' }} data-testid="rules-text">
          {rulesText}
        </Text>
      </Collapse>
    </Card>
  );
}
