import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { initialLocale } from './i18n-locale.js';
import { safeProfileHref } from './linkedin-link.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const sources = (readdirSync(here, { recursive: true }) as string[])
  .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'))
  .map((f) => [f, readFileSync(join(here, f), 'utf8')] as const);

describe('the web app', () => {
  test('never hands text to innerHTML', () => {
    const offenders = sources.filter(([, text]) =>
      /dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML/.test(text),
    );
    expect(offenders.map(([f]) => f)).toEqual([]);
  });

  test.each([
    ['https://www.linkedin.com/in/jane-doe', 'https://www.linkedin.com/in/jane-doe'],
    ['javascript:alert(1)', undefined],
    ['JAVASCRIPT:alert(1)//https://www.linkedin.com/in/x', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['http://www.linkedin.com/in/jane', undefined],
    ['https://www.linkedin.com.evil.example/in/jane', undefined],
    ['https://evil@www.linkedin.com/in/jane', undefined],
    ['https://www.linkedin.com/company/acme', undefined],
    [null, undefined],
  ])('links %s as %s', (url, href) => {
    expect(safeProfileHref(url)).toBe(href);
  });

  test.each([
    [null, ['fr-CA', 'en'], 'fr'],
    [null, ['de-DE', 'en-GB'], 'en'],
    [null, ['de'], 'en'],
    ['en', ['fr-FR'], 'en'],
    ['xx', ['fr'], 'fr'],
  ] as const)('picks the interface language (stored %s, browser %j) -> %s', (stored, preferred, locale) => {
    expect(initialLocale(stored, preferred)).toBe(locale);
  });
});
