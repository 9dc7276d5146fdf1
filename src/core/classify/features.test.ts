import { describe, expect, test } from 'vitest';
import { describeFeature, extractFeatures } from './features.js';

describe('extractFeatures', () => {
  test('splits French elisions and folds accents in keys, but shows words as written', () => {
    const { values, surfaces } = extractFeatures("On s'est croisés à l’Expo");
    expect(values.has("w:s'")).toBe(true);
    expect(values.has('w:croises')).toBe(true);
    expect(values.has("b:l' expo")).toBe(true);
    expect(describeFeature("b:s' est", surfaces)).toBe("the words “s'est”");
    expect(describeFeature('w:croises', surfaces)).toBe('the word “croisés”');
  });

  test('names cue rules in words and leaves letter trigrams unnamed', () => {
    const { values, surfaces } = extractFeatures('Add me on Telegram for the job: t.me/hr_jobs');
    expect(values.get('r:messaging-app')).toBe(1);
    expect(describeFeature('r:messaging-app', surfaces)).toBe(
      'asks to move the conversation to WhatsApp, Telegram or Signal',
    );
    expect(describeFeature('c:tel', surfaces)).toBeUndefined();
  });
});
