import { describe, expect, test } from 'vitest';
import { COMBINED_CUES, CUES, FRAUD_MARKER } from './cues.js';
import { FUNCTION_WORDS } from './language-words.js';
import { describeSignal, SIGNAL_WORDS, signalsFrom } from './signal-words.js';

describe('signal words', () => {
  test('every cue has words in both languages, and the two tables have the same keys', () => {
    const ids = [...CUES.map((c) => c.id), ...COMBINED_CUES.map((c) => c.id), FRAUD_MARKER].sort();
    expect(Object.keys(SIGNAL_WORDS.en.cue).sort()).toEqual(ids);
    expect(Object.keys(SIGNAL_WORDS.fr.cue).sort()).toEqual(ids);
    expect(Object.keys(SIGNAL_WORDS.fr.style).sort()).toEqual(Object.keys(SIGNAL_WORDS.en.style).sort());
    expect(Object.keys(SIGNAL_WORDS.fr.class).sort()).toEqual(Object.keys(SIGNAL_WORDS.en.class).sort());
  });

  test('a code is rendered in the interface language, with its parameters', () => {
    expect(describeSignal({ code: 'cue:fee', weight: 0.4 }, 'en')).toBe('asks for a fee or a payment');
    expect(describeSignal({ code: 'cue:fee', weight: 0.4 }, 'fr')).toBe('demande des frais ou un paiement');
    expect(describeSignal({ code: 'word', params: { text: 'réseau' }, weight: 0.1 }, 'fr')).toBe(
      'le mot « réseau »',
    );
    expect(describeSignal({ code: 'wording', weight: 0.3 }, 'fr')).toBe('la formulation dans son ensemble');
    expect(describeSignal({ code: 'cue:constructor', weight: 0.3 }, 'en')).toBe('the wording as a whole');
  });

  test('signals stored before they were codes read back as their old text', () => {
    expect(signalsFrom([{ name: 'thanks you', weight: 0.5 }])).toEqual([
      { code: 'legacy', params: { text: 'thanks you' }, weight: 0.5 },
    ]);
  });

  test('no signal names a function word', () => {
    for (const word of ['the', 'de', 'and', 'vous', 'pour', 'with'])
      expect(FUNCTION_WORDS.has(word)).toBe(true);
  });
});
