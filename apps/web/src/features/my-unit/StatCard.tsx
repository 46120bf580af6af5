import { Card, Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';

interface StatCardProps {
  label: string;
  value: string;
  hint?: ReactNode;
  color?: string;
  /** Makes the card a toggle (e.g. filter the list by this status). */
  onClick?: () => void;
  active?: boolean;
  testId?: string;
}

/** One figure: a small label, the number large, a line of context below. */
export function StatCard({ label, value, hint, color, onClick, active, testId }: StatCardProps) {
  const body = (
    <Card
      withBorder
      padding="sm"
      h="100%"
      data-testid={testId}
      style={active ? { borderColor: 'var(--mantine-primary-color-filled)', borderWidth: 2 } : undefined}
    >
      <Text size="xs" c="dimmed" lh={1.3}>
        {label}
      </Text>
      <Text fz={{ base: 'lg', sm: 'xl' }} fw={700} c={color} data-testid={testId && `${testId}-value`}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed" lh={1.3}>
          {hint}
        </Text>
      )}
    </Card>
  );
  if (!onClick) return body;
  return (
    <UnstyledButton onClick={onClick} aria-pressed={active} h="100%" style={{ display: 'block' }}>
      {body}
    </UnstyledButton>
  );
}
