import { Stack, Text, type MantineSize } from '@mantine/core';

/** A small dimmed label above its value, as in the round and result cards. */
export function LabeledValue({ label, value, size }: { label: string; value: string; size?: MantineSize }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size={size} fw={500}>
        {value}
      </Text>
    </Stack>
  );
}
