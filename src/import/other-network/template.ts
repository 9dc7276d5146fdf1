import Papa from 'papaparse';
import { INVITATION_COLUMNS } from './invitation-row.js';

const EXAMPLES = [
  {
    network: 'xing',
    name: 'Jonas Weber',
    profileUrl: 'https://www.xing.com/profile/Jonas_Weber',
    headline: 'Einkauf bei Beispiel GmbH',
    note: 'Hallo, wir haben uns auf der Messe in Köln kennengelernt.\nViele Grüße, Jonas',
    date: '2026-01-29',
    direction: 'incoming',
  },
  {
    network: 'malt',
    name: 'Camille Roux',
    profileUrl: 'https://www.malt.fr/profile/camilleroux',
    headline: 'Développeuse freelance',
    note: '',
    date: '2026-02-03T09:30',
    direction: 'incoming',
  },
] as const;

/** The files `ties import --template csv|json` writes: the columns, and two rows to overwrite. */
export const INVITATION_TEMPLATES = {
  csv: `${Papa.unparse({ fields: [...INVITATION_COLUMNS], data: EXAMPLES.map((e) => INVITATION_COLUMNS.map((c) => e[c])) }, { newline: '\n' })}\n`,
  json: `${JSON.stringify(EXAMPLES, null, 2)}\n`,
} as const;

export type TemplateFormat = keyof typeof INVITATION_TEMPLATES;
