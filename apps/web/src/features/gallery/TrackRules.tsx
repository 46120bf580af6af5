import { Button, Card, Collapse, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/** The call's rules, folded by default: most visitors come for the clips, the rules are one tap away. */
export function TrackRules({ text }: { text: string }) {
  const { t } = useTranslation();
  const [opened, { toggle }] = useDisclosure(false);
  return (
    <Card withBorder padding="sm" data-testid="gallery-rules">
      <Group justify="space-between" gap="xs" preventGrowOverflow={false}>
        <Text size="sm" fw={600}>
          {t('gallery.rules.title')}
        </Text>
        <Button variant="subtle" size="compact-sm" onClick={toggle} aria-expanded={opened}>
          {opened ? t('gallery.rules.hide') : t('gallery.rules.show')}
        </Button>
      </Group>
      <Collapse in={opened}>
        <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
          {text}
        </Text>
      </Collapse>
    </Card>
  );
}
