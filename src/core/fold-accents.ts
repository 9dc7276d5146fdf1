/**
 * The one accent fold: compatibility decomposition (NFKD: é → e + ◌́, ﬁ → fi, full-width letters to
 * their plain forms), every combining mark dropped, lower-cased. "Réseau" and "reseau", "Hélène" and
 * "HELENE" become one. Person keys (profile-url.ts), the policy's field keywords and the classifier's
 * text keys all fold with it, so a name or a word matches the same way everywhere.
 */
export const foldAccents = (text: string): string =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
