/** The console prefix of a missing catalog key (test/e2e/every-screen.test.ts fails on it). */
export const MISSING_KEY = 'i18n-missing-key:';
