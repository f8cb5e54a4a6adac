import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import km from './km.json';

export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'km', label: 'ខ្មែរ' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

const STORAGE_KEY = 'childprotect.language';

function initialLanguage(): LanguageCode {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'km' ? 'km' : 'en';
  } catch {
    // Storage can be blocked by browser policy; English is the safe default.
    return 'en';
  }
}

export function changeLanguage(code: LanguageCode): Promise<unknown> {
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // Not remembering the choice is acceptable; switching still works for this page.
  }
  return i18n.changeLanguage(code);
}

i18n.on('languageChanged', (code) => {
  document.documentElement.lang = code;
});

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, km: { translation: km } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  initAsync: false,
});

export default i18n;
