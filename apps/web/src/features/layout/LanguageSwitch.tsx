import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { LANGUAGES, currentLanguage, setLanguage, type Language } from '../../i18n/i18n';

export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={currentLanguage()}
      onChange={(value) => setLanguage(value as Language)}
      data={LANGUAGES.map((language) => ({
        value: language,
        label: <span title={t(`language.${language}.name`)}>{t(`language.${language}.short`)}</span>,
      }))}
    />
  );
}
