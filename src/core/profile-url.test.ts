import { describe, expect, test } from 'vitest';
import { normalizeProfileUrl, personKey } from './profile-url.js';

describe('normalizeProfileUrl', () => {
  test.each([
    'https://www.linkedin.com/in/jane-doe',
    'https://www.linkedin.com/in/jane-doe/',
    'http://linkedin.com/in/Jane-Doe',
    'www.linkedin.com/in/jane-doe?utm_source=share&utm_medium=member_desktop',
    'linkedin.com/in/jane-doe/#experience',
    'fr.linkedin.com/in/jane-doe',
    '  https://www.linkedin.com/in/JANE-DOE/  ',
  ])('normalises %s to one person', (form) => {
    expect(normalizeProfileUrl(form)).toBe('https://www.linkedin.com/in/jane-doe');
  });

  test('percent-decodes the slug', () => {
    expect(normalizeProfileUrl('https://www.linkedin.com/in/h%C3%A9l%C3%A8ne-tremblay-4a1b2c/')).toBe(
      'https://www.linkedin.com/in/hélène-tremblay-4a1b2c',
    );
  });

  test('refuses what is not a profile', () => {
    expect(normalizeProfileUrl('')).toBeUndefined();
    expect(normalizeProfileUrl('javascript:alert(1)')).toBeUndefined();
    expect(normalizeProfileUrl('https://www.linkedin.com/company/acme')).toBeUndefined();
  });
});

test('personKey falls back to the folded name when there is no URL', () => {
  expect(personKey(undefined, '  Hélène   TREMBLAY ')).toBe('name:helene tremblay');
  expect(personKey('https://www.linkedin.com/in/x', 'X')).toBe('https://www.linkedin.com/in/x');
});
