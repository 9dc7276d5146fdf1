import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { initialLocale, type Locale } from './i18n-locale.js';
import { en } from './locales/en.js';
import { fr } from './locales/fr.js';
import { MISSING_KEY } from './missing-key.js';

export { LOCALES, type Locale } from './i18n-locale.js';

const STORAGE_KEY = 'strongties.lang';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}

function storedLocale(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export async function setupI18n(): Promise<void> {
  const lng = initialLocale(storedLocale(), navigator.languages);
  await i18next.use(initReactI18next).init({
    lng,
    fallbackLng: 'en',
    resources: { en: { translation: en }, fr: { translation: fr } },
    // React renders every string as a text node: escaping here would show `&lt;` to the user.
    interpolation: { escapeValue: false },
    returnNull: false,
    // A key missing from every catalog is a bug: say so where the render tests listen (the console).
    saveMissing: true,
    missingKeyHandler: (_lngs, _ns, key) => console.error(`${MISSING_KEY} ${key}`),
  });
  document.documentElement.lang = lng;
}

export async function switchLocale(locale: Locale): Promise<void> {
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private windows may refuse storage: the switch still holds for this visit.
  }
}
