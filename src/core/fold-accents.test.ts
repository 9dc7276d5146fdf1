import { expect, test } from 'vitest';
import { foldText } from './classify/normalize-text.js';
import { foldAccents } from './fold-accents.js';
import { headlineInField, PRESETS, parsePolicy } from './policy/index.js';
import { foldName } from './profile-url.js';

// Marks beyond Latin's U+0300–036F block (Vietnamese stacks two, Hebrew points, a full-width letter).
const WRITTEN = ['Hélène', 'HÉLÈNE', 'Nguyễn', 'ｒéseau', 'שָׁלוֹם', 'Ça'] as const;
const FOLDED = ['helene', 'helene', 'nguyen', 'reseau', 'שלום', 'ca'] as const;

test('one fold: names, policy keywords and the classifier keys drop the same accents', () => {
  expect(WRITTEN.map(foldAccents)).toEqual(FOLDED);
  expect(WRITTEN.map(foldName)).toEqual(FOLDED);
  expect(WRITTEN.map(foldText)).toEqual(FOLDED);
});

test('a field keyword matches a headline written with or without its accents', () => {
  const parsed = parsePolicy(PRESETS.selective);
  if (!parsed.ok) throw new Error('preset');
  const policy = { ...parsed.value, field: { ...parsed.value.field, keywords: ['ingénierie'] } };
  expect(headlineInField(policy, 'Directrice INGENIERIE')).toBe('ingénierie');
  expect(headlineInField(policy, 'Ｉngénierie des données')).toBe('ingénierie');
  expect(headlineInField(policy, 'Ventes')).toBeUndefined();
});
