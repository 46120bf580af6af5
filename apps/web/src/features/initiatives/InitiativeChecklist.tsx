import { Card, Group, List, Stack, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { ChecklistItem } from './initiative-form';

/** What the initiative still needs before it may be sent: each step ticked as the author writes. */
export function InitiativeChecklist({
  items,
  group,
}: {
  items: readonly { item: ChecklistItem; done: boolean }[];
  /** A lone author's own contacts are asked for, a group's representative's. */
  group: boolean;
}) {
  const { t } = useTranslation();
  const left = items.filter((i) => !i.done).length;
  return (
    <Card withBorder padding="sm" data-testid="initiative-checklist" data-left={left}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text size="sm" fw={600}>
            {t('initiatives.checklist.title')}
          </Text>
          <Text size="xs" c={left === 0 ? 'teal' : 'orange'} fw={600} data-testid="checklist-left">
            {left === 0
              ? t('initiatives.checklist.complete')
              : t('initiatives.checklist.left', { count: left })}
          </Text>
        </Group>
        <List spacing={4} size="sm" center>
          {items.map(({ item, done }) => (
            <List.Item
              key={item}
              data-testid={`check-${item}`}
              data-done={done}
              icon={
                <ThemeIcon
                  color={done ? 'teal' : 'gray'}
                  variant={done ? 'filled' : 'light'}
                  size={18}
                  radius="xl"
                >
                  <Text size="xs" fw={700} lh={1} aria-hidden>
                    {done ? '✓' : '·'}
                  </Text>
                </ThemeIcon>
              }
            >
              <Text size="sm" c={done ? 'dimmed' : undefined} td={done ? 'line-through' : undefined}>
                {t(
                  item === 'representative_contact' && !group
                    ? 'initiatives.checklist.items.author_contact'
                    : `initiatives.checklist.items.${item}`,
                )}
              </Text>
              <VisuallyHidden>
                {t(done ? 'initiatives.checklist.doneA11y' : 'initiatives.checklist.missingA11y')}
              </VisuallyHidden>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Card>
  );
}
