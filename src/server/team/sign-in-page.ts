import type { Context } from 'hono';

/** The server-drawn pages before a member has a session: no script, so the strict CSP holds as is. */
const WORDS = {
  en: {
    title: 'Sign in to Strongties',
    email: 'Email',
    password: 'Password',
    signIn: 'Sign in',
    chooseTitle: 'Choose your password',
    choose: 'Save and sign in',
    invalid: 'Wrong email or password.',
    locked: (until: string) => `Too many failed sign-ins: try again after ${until} (UTC).`,
    invalidLink: 'This link has expired or was already used: ask your admin for a new one.',
    weak: 'Choose a password of at least 12 characters.',
    foreign: 'Sign in from the Strongties page itself.',
  },
  fr: {
    title: 'Se connecter à Strongties',
    email: 'Adresse électronique',
    password: 'Mot de passe',
    signIn: 'Se connecter',
    chooseTitle: 'Choisissez votre mot de passe',
    choose: 'Enregistrer et se connecter',
    invalid: 'Adresse ou mot de passe incorrect.',
    locked: (until: string) => `Trop d’échecs de connexion : réessayez après ${until} (UTC).`,
    invalidLink: 'Ce lien a expiré ou a déjà servi : demandez-en un nouveau à votre administrateur.',
    weak: 'Choisissez un mot de passe d’au moins 12 caractères.',
    foreign: 'Connectez-vous depuis la page de Strongties elle-même.',
  },
} as const;

export type PageLang = keyof typeof WORDS;
export type PageWords = (typeof WORDS)[PageLang];

export const pageLang = (c: Context): PageLang =>
  (c.req.header('accept-language') ?? '').toLowerCase().startsWith('fr') ? 'fr' : 'en';

export const wordsFor = (c: Context): PageWords => WORDS[pageLang(c)];

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

function page(lang: PageLang, title: string, body: string): string {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title></head>
<body><main><h1>${escapeHtml(title)}</h1>
${body}
</main></body></html>
`;
}

const alert = (message: string | undefined): string =>
  message ? `<p role="alert">${escapeHtml(message)}</p>` : '';

export function signInPage(c: Context, message?: string): string {
  const w = wordsFor(c);
  return page(
    pageLang(c),
    w.title,
    `${alert(message)}<form method="post" action="/sign-in">
<p><label>${w.email} <input name="email" type="email" autocomplete="username" required></label></p>
<p><label>${w.password} <input name="password" type="password" autocomplete="current-password" required></label></p>
<p><button type="submit">${w.signIn}</button></p>
</form>`,
  );
}

export function choosePasswordPage(c: Context, token: string, message?: string): string {
  const w = wordsFor(c);
  return page(
    pageLang(c),
    w.chooseTitle,
    `${alert(message)}<form method="post" action="/link">
<input type="hidden" name="token" value="${escapeHtml(token)}">
<p><label>${w.password} <input name="password" type="password" autocomplete="new-password" minlength="12" required></label></p>
<p><button type="submit">${w.choose}</button></p>
</form>`,
  );
}
