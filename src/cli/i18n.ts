import i18next, { type TFunction } from 'i18next';
import type { Lang } from '../core/labels.js';
import { en } from './locales/en.js';
import { fr } from './locales/fr.js';

/** The terminal's translator for one language (i18next handles plurals and interpolation). */
export function createTranslator(lang: Lang): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: 'en',
    resources: { en: { translation: en }, fr: { translation: fr } },
    initAsync: false,
    // The terminal is not HTML: escaping is done by neutralizeText where strangers' text is shown.
    interpolation: { escapeValue: false },
  });
  return instance.t;
}
