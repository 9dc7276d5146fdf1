import { describe, expect, test } from 'vitest';
import { describeFeature, extractFeatures } from './features.js';

describe('extractFeatures', () => {
  test('splits French elisions and folds accents in keys, but shows words as written', () => {
    const { values, surfaces } = extractFeatures("On s'est croisés à l’Expo");
    expect(values.has("w:s'")).toBe(true);
    expect(values.has('w:croises')).toBe(true);
    expect(values.has("b:l' expo")).toBe(true);
    expect(describeFeature("b:l' expo", surfaces)).toEqual({ code: 'words', params: { text: "l'expo" } });
    expect(describeFeature('w:croises', surfaces)).toEqual({ code: 'word', params: { text: 'croisés' } });
  });

  test('names cue rules in words and leaves letter trigrams unnamed', () => {
    const { values, surfaces } = extractFeatures('Add me on Telegram for the job: t.me/hr_jobs');
    expect(values.get('r:messaging-app')).toBe(1);
    expect(describeFeature('r:messaging-app', surfaces)).toEqual({ code: 'cue:messaging-app' });
    expect(describeFeature('c:tel', surfaces)).toBeUndefined();
  });

  test.each(['w:the', 'w:de', "w:l'", 'w:x', 'b:de la', 'b:at the', 'c:the'])(
    'never offers %s as a reason: function words, fragments and letters are evidence only',
    (key) => {
      expect(describeFeature(key, new Map())).toBeUndefined();
    },
  );

  test('shows content words and phrases with a function word in them', () => {
    const { surfaces } = extractFeatures('We met at the demo');
    expect(describeFeature('w:demo', surfaces)).toEqual({ code: 'word', params: { text: 'demo' } });
    expect(describeFeature('b:we met', surfaces)).toEqual({ code: 'words', params: { text: 'we met' } });
  });

  test('word classes carry what one member taught to the others, named as a class', () => {
    const options = {
      wordOrder: 2,
      charMin: 3,
      charMax: 3,
      charScope: 'text',
      sublinear: true,
      charWeight: 1,
      wordClasses: true,
    } as const;
    const telegram = extractFeatures('Contact me on Telegram', options);
    const whatsapp = extractFeatures('Contact me on WhatsApp', options);
    expect(telegram.values.has('k:on #channel')).toBe(true);
    expect(whatsapp.values.has('k:on #channel')).toBe(true);
    expect(extractFeatures('pay 2500 usd', options).values.has('k:#number #money')).toBe(false);
    expect(extractFeatures('pay 2500 usd', options).values.has('k:pay #number')).toBe(true);
    expect(describeFeature('k:#channel', new Map())).toEqual({ code: 'class:channel' });
  });

  test('weighs repeated letters and words less than linearly and scales each family to unit length', () => {
    const options = {
      wordOrder: 1,
      charMin: 2,
      charMax: 3,
      charScope: 'words',
      sublinear: true,
      charWeight: 1,
    } as const;
    const { values } = extractFeatures('demo demo call', options);
    const words = [...values].filter(([key]) => key.startsWith('w:'));
    expect(Math.hypot(...words.map(([, v]) => v))).toBeCloseTo(1, 10);
    expect(values.get('w:demo')! / values.get('w:call')!).toBeCloseTo(1 + Math.log(2), 10);
    expect(values.has('c: d')).toBe(true);
    expect(values.has('c:o c')).toBe(false);
  });
});
