import { INITIATIVE_TEMPLATES, type InitiativeTemplateKey } from '@contest/contracts';
import { List, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDong } from '../../../lib/format';

interface TemplatePickerProps {
  value: InitiativeTemplateKey | null;
  onChange: (key: InitiativeTemplateKey | null) => void;
}

/**
 * "Start from a real contest": the city's models contest, the district's search, the province's
 * proposals or the capital's ideas; shows what the template brings (stages, total, prizes).
 */
export function TemplatePicker({ value, onChange }: TemplatePickerProps) {
  const { t, i18n } = useTranslation();
  const template = INITIATIVE_TEMPLATES.find((x) => x.key === value);
  return (
    <Stack gap={6}>
      <Select
        label={t('initiativeAdmin.templates.label')}
        description={t('initiativeAdmin.templates.hint')}
        placeholder={t('initiativeAdmin.templates.none')}
        clearable
        data={INITIATIVE_TEMPLATES.map((x) => ({
          value: x.key,
          label: t(`initiativeAdmin.templates.${x.key}.name`),
        }))}
        value={value}
        onChange={(key) => onChange((key as InitiativeTemplateKey | null) ?? null)}
        data-testid="track-template"
      />
      {template && (
        <Stack gap={4} data-testid="track-template-summary">
          <Text size="sm">{t(`initiativeAdmin.templates.${template.key}.summary`)}</Text>
          <Text size="sm" fw={600}>
            {t('initiativeAdmin.templates.stages')}
          </Text>
          <List size="sm" spacing={2}>
            {template.stages.map((stage) => (
              <List.Item key={stage.name}>
                {stage.parts
                  ? t('initiativeAdmin.templates.liveStage', {
                      name: stage.name,
                      parts: stage.parts.map((p) => p.name).join(', '),
                    })
                  : stage.publicPoints
                    ? t('initiativeAdmin.templates.publicStage', {
                        name: stage.name,
                        points: stage.publicPoints,
                      })
                    : stage.name}
              </List.Item>
            ))}
          </List>
          <Text size="sm">
            {t(`initiativeAdmin.templates.combination.${template.awards.combination.kind}`)}
            {template.awards.groupMultiplier > 1 &&
              ` ${t('initiativeAdmin.templates.groupMultiplier', {
                multiplier: template.awards.groupMultiplier.toLocaleString(i18n.language),
              })}`}
          </Text>
          <Text size="sm">
            {template.awards.main
              .map((m) => `${m.count} × ${m.label} (${formatDong(m.amount, i18n.language)})`)
              .join(' · ')}
          </Text>
        </Stack>
      )}
    </Stack>
  );
}
