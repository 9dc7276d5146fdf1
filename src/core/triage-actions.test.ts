import { describe, expect, test } from 'vitest';
import { actionForKey, TRIAGE_ACTIONS } from './triage-actions.js';

describe('the triage action registry', () => {
  test('gives every key to one action only', () => {
    const keys = TRIAGE_ACTIONS.flatMap((a) => [...a.keys]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test.each(TRIAGE_ACTIONS.map((a) => [a.name, a.keys[0]] as const))(
    'finds %s by its key %s',
    (name, key) => {
      expect(actionForKey(key)?.name).toBe(name);
    },
  );

  test('lets a user clear an invitation in one key when they agree with the suggestion', () => {
    expect(actionForKey('Enter')?.name).toBe('apply-suggestion');
  });

  test('ignores keys it does not know', () => {
    expect(actionForKey('x')).toBeUndefined();
  });
});
