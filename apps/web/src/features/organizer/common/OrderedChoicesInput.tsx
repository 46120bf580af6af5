import { ActionIcon, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';

import { moveChoice, orderedChoices, toggleChoice } from './ordered-choices';

interface OrderedChoicesInputProps<T extends string> {
  all: readonly T[];
  value: readonly T[];
  onChange: (value: T[]) => void;
  disabled: boolean;
  error?: string;
  title: string;
  hint: string;
  /** What decides after every choice in use (a code, an entry number…), worded with its place. */
  last: (position: number) => string;
  label: (choice: T) => string;
  moveUp: (label: string) => string;
  moveDown: (label: string) => string;
  testId: string;
}

/** Criteria to use, in order (tie-breaks): ticked to use, moved up and down, the rest unticked below. */
export function OrderedChoicesInput<T extends string>(props: OrderedChoicesInputProps<T>) {
  const { value, onChange, disabled, error } = props;
  return (
    <Stack gap={6} data-testid={props.testId}>
      <Stack gap={0}>
        <Text size="sm" fw={500}>
          {props.title}
        </Text>
        <Text size="xs" c="dimmed">
          {props.hint}
        </Text>
      </Stack>
      {orderedChoices(props.all, value).map(({ choice, used }) => {
        const position = value.indexOf(choice);
        const label = props.label(choice);
        return (
          <Paper key={choice} withBorder p={6} radius="sm" data-testid="tie-break-row" data-used={used}>
            <Group gap="xs" wrap="nowrap" justify="space-between">
              <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                <Text size="sm" fw={700} w={20} ta="center" c={used ? undefined : 'dimmed'}>
                  {used ? position + 1 : '–'}
                </Text>
                <Checkbox
                  checked={used}
                  disabled={disabled}
                  onChange={() => onChange(toggleChoice(value, choice))}
                  label={label}
                />
              </Group>
              <Group gap={4} wrap="nowrap">
                <ActionIcon
                  variant="default"
                  size="md"
                  disabled={disabled || !used || position === 0}
                  onClick={() => onChange(moveChoice(value, choice, -1))}
                  aria-label={props.moveUp(label)}
                >
                  ↑
                </ActionIcon>
                <ActionIcon
                  variant="default"
                  size="md"
                  disabled={disabled || !used || position === value.length - 1}
                  onClick={() => onChange(moveChoice(value, choice, 1))}
                  aria-label={props.moveDown(label)}
                >
                  ↓
                </ActionIcon>
              </Group>
            </Group>
          </Paper>
        );
      })}
      <Text size="sm" c="dimmed" pl={4}>
        {props.last(value.length + 1)}
      </Text>
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
