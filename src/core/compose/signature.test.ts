import { describe, expect, test } from 'vitest';
import { type Policy, PRESETS, parsePolicy } from '../policy/index.js';
import { composeDraft, VARIANTS } from './index.js';
import { isPlaceholderSignature, signatureFor } from './signature.js';

const preset = (): Policy => {
  const result = parsePolicy(PRESETS.selective);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
};
const owner = { firstName: 'Camille', lastName: 'Lefèvre' };
const TU = 'Salut, on s’est croisés au meetup, tu veux qu’on reste en contact ?';
const VOUS = 'Bonjour, je souhaiterais faire partie de votre réseau professionnel.';

describe('the signature', () => {
  test('a placeholder becomes the owner: first name with tu, full name otherwise', () => {
    expect(signatureFor('Moi', owner, 'tu')).toBe('Camille');
    expect(signatureFor('moi', owner, 'vous')).toBe('Camille Lefèvre');
    expect(signatureFor('Camille L.', owner, 'vous')).toBe('Camille L.');
    expect(signatureFor('Moi', undefined, 'vous')).toBe('');
    expect(isPlaceholderSignature(' Moi-même ')).toBe(true);
    expect(isPlaceholderSignature('Mathieu')).toBe(false);
  });

  test.each(VARIANTS)('a %s draft from a preset signs with the owner, never "Moi"', (variant) => {
    const signed = { ...preset(), owner };
    const input = (text: string) => ({
      id: '7',
      name: 'Jane Doe',
      text,
      label: 'known' as const,
      noteLang: 'fr' as const,
    });
    const vous = composeDraft(signed, input(VOUS), { variant, lang: 'fr' }).text;
    const tu = composeDraft(signed, input(TU), { variant, lang: 'fr' }).text;
    const en = composeDraft(signed, { ...input(VOUS), noteLang: 'en' }, { variant, lang: 'en' }).text;
    expect(vous).toMatch(/Camille Lefèvre$/);
    expect(en).toMatch(/Camille Lefèvre$/);
    expect(tu).toMatch(/\nCamille$/);
    const unsigned = composeDraft(preset(), input(VOUS), { variant, lang: 'fr' }).text;
    expect(unsigned).not.toMatch(/\bMoi\b/);
    expect(unsigned).not.toMatch(/\n$/);
  });
});
