import type { TFunction } from 'i18next';
import { enPeople } from '../locales/en-people.js';

type Known = Exclude<keyof typeof enPeople.importRead.errors, 'other'>;
const isKnown = (code: string): code is Known => code !== 'other' && code in enPeople.importRead.errors;

/** An import's failure in the interface's language, naming the file the user chose. */
export function importErrorText(t: TFunction, code: string, name: string, message: string): string {
  return isKnown(code)
    ? t(`importRead.errors.${code}`, { name })
    : t('importRead.errors.other', { name, message });
}
