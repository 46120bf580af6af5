import { Card, Container, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Container size={440} px={0} py="lg">
      <Card withBorder shadow="sm" padding="lg">
        <Title order={2} mb="md">
          {title}
        </Title>
        {children}
      </Card>
    </Container>
  );
}
