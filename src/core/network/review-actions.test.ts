import { expect, test } from 'vitest';
import { REVIEW_ACTION_NAMES, REVIEW_ACTIONS, reviewActionForKey, reviewHelp } from './review-actions.js';

test('every action has its own key', () => {
  const keys = REVIEW_ACTIONS.flatMap((a) => [...a.keys]);
  expect(new Set(keys).size).toBe(keys.length);
  expect(REVIEW_ACTIONS.map((a) => a.name)).toEqual([...REVIEW_ACTION_NAMES]);
});

test.each([
  ['k', 'keep', { review: 'keep' }],
  ['r', 'remove', { review: 'remove' }],
  ['s', 'skip', { review: 'skip' }],
  ['m', 'met', { review: 'keep', metInPerson: true }],
  ['g', 'group', { review: 'keep', exchangedInGroup: true }],
  ['u', 'undo', undefined],
  ['q', 'quit', undefined],
  ['?', 'help', undefined],
])('key %s is %s', (key, name, effect) => {
  const action = reviewActionForKey(key);
  expect(action?.name).toBe(name);
  expect(action && 'effect' in action ? action.effect : undefined).toEqual(effect);
});

test('an upper-case key works as well, an unbound key does nothing', () => {
  expect(reviewActionForKey('K')?.name).toBe('keep');
  expect(reviewActionForKey('x')).toBeUndefined();
});

test('the help lists every key in both languages', () => {
  expect(reviewHelp('en')).toHaveLength(REVIEW_ACTIONS.length);
  expect(reviewHelp('fr')[0]).toBe('k  garder');
});
