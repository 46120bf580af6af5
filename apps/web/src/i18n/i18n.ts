import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

import { setApiErrorLanguage } from '../api';
import { browserStorage } from '../lib/key-value-storage';
import en from '../locales/en.json';
import vi from '../locales/vi.json';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'contest.language';
const storage = browserStorage();

const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

function initialLanguage(): Language {
  const stored = storage.getItem(STORAGE_KEY);
  return isLanguage(stored) ? stored : 'vi';
}

export function setLanguage(language: Language): void {
  storage.setItem(STORAGE_KEY, language);
  void i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'vi';
}

setApiErrorLanguage(currentLanguage);

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  document.title = i18n.t('app.name');
});

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: 'vi',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
});

export { i18n };
