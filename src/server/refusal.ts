import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type RefusalCode = 'unauthorized' | 'misdirected' | 'forbidden-origin' | 'bad-csrf-token';

/** Both languages: the refusal comes before we know the user's. Fixed text, nothing from the request. */
const EXPLANATION: Record<RefusalCode, { en: string; fr: string }> = {
  unauthorized: {
    en: 'Open Strongties with the address printed by `ties serve` (it holds a secret token).',
    fr: 'Ouvrez Strongties avec l’adresse affichée par `ties serve` (elle contient un jeton secret).',
  },
  misdirected: {
    en: 'This server answers only to 127.0.0.1, localhost and [::1] on its own port.',
    fr: 'Ce serveur ne répond qu’à 127.0.0.1, localhost et [::1] sur son propre port.',
  },
  'forbidden-origin': {
    en: 'Changes are accepted only from the Strongties page itself.',
    fr: 'Les modifications ne sont acceptées que depuis la page de Strongties elle-même.',
  },
  'bad-csrf-token': {
    en: 'This request lacks the page’s anti-forgery token. Reload the page.',
    fr: 'Cette requête n’a pas le jeton anti-falsification de la page. Rechargez la page.',
  },
};

/** API callers get JSON, a person gets a short page. */
export function refuse(c: Context, status: ContentfulStatusCode, code: RefusalCode): Response {
  const text = EXPLANATION[code];
  if (new URL(c.req.url).pathname.startsWith('/api/')) {
    return c.json({ error: { code, message: text.en } }, status);
  }
  const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Strongties</title></head>
<body><h1>Strongties</h1><p>${text.en}</p><p lang="fr">${text.fr}</p></body></html>
`;
  return c.html(page, status);
}
