import { SIDE_PRIZE_FOR, type Stage } from '@contest/contracts';
import { ActionIcon, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { MAX_SIDE_PRIZES, type AwardField, type SidePrizeDraft } from './award-form';
import { MoneyInput } from './MoneyInput';

interface SidePrizesEditorProps {
  stages: readonly Pick<Stage, 'id' | 'name' | 'parts'>[];
  value: readonly SidePrizeDraft[];
  onChange: (value: SidePrizeDraft[]) => void;
  disabled: boolean;
  errorFor: (field: AwardField) => string | undefined;
}

const WHOLE_STAGE = 'whole';

/** Side prizes: the best individual or group in a scored stage, or in one part of a live final. */
export function SidePrizesEditor({ stages, value, onChange, disabled, errorFor }: SidePrizesEditorProps) {
  const { t } = useTranslation();
  const update = (index: number, change: Partial<SidePrizeDraft>) =>
    onChange(value.map((prize, at) => (at === index ? { ...prize, ...change } : prize)));
  const nextKey = Math.max(-1, ...value.map((prize) => prize.key)) + 1;
  const stageOptions = stages.map((stage) => ({ value: String(stage.id), label: stage.name }));

  return (
    <Stack gap={6} data-testid="award-side">
      <Stack gap={0}>
        <Text size="sm" fw={500}>
          {t('awards.rules.side')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('awards.rules.sideHint')}
        </Text>
      </Stack>
      {value.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('awards.rules.noPrizes')}
        </Text>
      )}
      {value.map((prize, index) => {
        const parts = stages.find((stage) => stage.id === prize.stageId)?.parts ?? [];
        return (
          <Paper key={prize.key} withBorder p="xs" radius="sm" data-testid="award-side-row">
            <Group gap="xs" align="flex-start" wrap="nowrap">
              <SimpleGrid
                cols={{ base: 1, xs: 2, md: 3 }}
                spacing="xs"
                verticalSpacing={4}
                style={{ flex: 1 }}
              >
                <TextInput
                  label={t('awards.rules.prizeLabel')}
                  value={prize.label}
                  maxLength={80}
                  disabled={disabled}
                  onChange={(event) => update(index, { label: event.currentTarget.value })}
                  error={errorFor(`side.${index}.label`)}
                />
                <Select
                  label={t('awards.rules.sideStage')}
                  placeholder={t('awards.rules.sideStagePick')}
                  data={stageOptions}
                  value={prize.stageId === null ? null : String(prize.stageId)}
                  disabled={disabled}
                  allowDeselect={false}
                  onChange={(stageId) =>
                    update(index, { stageId: stageId ? Number(stageId) : null, part: null })
                  }
                  error={errorFor(`side.${index}.stageId`)}
                  data-testid="side-stage"
                />
                {parts.length > 0 && (
                  <Select
                    label={t('awards.rules.sidePart')}
                    data={[
                      { value: WHOLE_STAGE, label: t('awards.rules.wholeStage') },
                      ...parts.map((part, at) => ({ value: String(at), label: part.name })),
                    ]}
                    value={prize.part === null ? WHOLE_STAGE : String(prize.part)}
                    disabled={disabled}
                    allowDeselect={false}
                    onChange={(part) =>
                      update(index, { part: !part || part === WHOLE_STAGE ? null : Number(part) })
                    }
                    error={errorFor(`side.${index}.part`)}
                    data-testid="side-part"
                  />
                )}
                <Select
                  label={t('awards.rules.sideFor')}
                  data={SIDE_PRIZE_FOR.map((kind) => ({ value: kind, label: t(`awards.side.for.${kind}`) }))}
                  value={prize.for}
                  disabled={disabled}
                  allowDeselect={false}
                  onChange={(kind) => kind && update(index, { for: kind as SidePrizeDraft['for'] })}
                  data-testid="side-for"
                />
                <MoneyInput
                  label={t('awards.rules.amount')}
                  value={prize.amount}
                  disabled={disabled}
                  onChange={(amount) => update(index, { amount })}
                  error={errorFor(`side.${index}.amount`)}
                />
              </SimpleGrid>
              <ActionIcon
                variant="subtle"
                color="red"
                mt={26}
                disabled={disabled}
                onClick={() => onChange(value.filter((_, at) => at !== index))}
                aria-label={t('awards.rules.removePrize', { name: prize.label || index + 1 })}
              >
                ✕
              </ActionIcon>
            </Group>
          </Paper>
        );
      })}
      <Group>
        <Button
          variant="light"
          size="xs"
          disabled={disabled || value.length >= MAX_SIDE_PRIZES || stages.length === 0}
          onClick={() =>
            onChange([
              ...value,
              {
                key: nextKey,
                label: '',
                stageId: stages.at(-1)?.id ?? null,
                part: null,
                for: 'individual',
                amount: 0,
              },
            ])
          }
          data-testid="award-side-add"
        >
          {t('awards.rules.addPrize')}
        </Button>
      </Group>
    </Stack>
  );
}
