import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { kk } from './kk';
import { ru } from './ru';

export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'pao.language';

/** Keys asked for but missing in the current language; the Kazakh browser journey asserts it stays empty. */
export const missingKeys: string[] = [];
declare global {
  interface Window {
    __missingI18nKeys?: string[];
  }
}
window.__missingI18nKeys = missingKeys;

const isLanguage = (value: unknown): value is Language => typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** Before sign-in the language is the one last chosen on this browser (only the language is stored), else Kazakh. */
function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLanguage(stored) ? stored : 'kk';
}

void i18next.use(initReactI18next).init({
  resources: { kk: { translation: kk }, ru: { translation: ru }, en: { translation: en } },
  lng: initialLanguage(),
  // No fallback: a key missing in Kazakh must show up (and fail the test), not hide behind English.
  fallbackLng: false,
  saveMissing: true,
  missingKeyHandler: (languages, _namespace, key) => missingKeys.push(`${languages.join(',')}:${key}`),
  interpolation: { escapeValue: false },
  returnNull: false,
});

export const currentLanguage = (): Language => (isLanguage(i18next.language) ? i18next.language : 'kk');

export async function setLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}

export { isLanguage };
export default i18next;
