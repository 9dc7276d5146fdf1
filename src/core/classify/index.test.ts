import { describe, expect, test } from 'vitest';
import { INVITATION_LABELS, REPLY_LABELS } from '../labels.js';
import { classifyInvitation, classifyReply, describeSignal, detectLanguage, textReader } from './index.js';

describe('classifyInvitation', () => {
  test.each(['', '   ', '\n\t'])('an empty or blank note (%j) is none with confidence 1', (text) => {
    const result = classifyInvitation(text);
    expect(result.label).toBe('none');
    expect(result.confidence).toBe(1);
  });

  test.each(['Salut!', 'Hi', '🙂', 'x'])('a non-empty note (%j) is never none', (text) => {
    expect(classifyInvitation(text).label).not.toBe('none');
  });

  test('returns a label, a confidence between 0 and 1 and readable signals', () => {
    const result = classifyInvitation(
      'Hi, we met at the Montreal AI Summit last week, you asked a great question about evaluation.',
    );
    expect(INVITATION_LABELS).toContain(result.label);
    expect(result.lang).toBe('en');
    expect(result.confidence).toBeGreaterThan(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
    expect(result.signals.length).toBeGreaterThan(0);
    for (const signal of result.signals) {
      expect(describeSignal(signal, 'en')).not.toMatch(/^[a-z]:/);
      expect(signal.weight).toBeGreaterThan(0);
      expect(signal.weight).toBeLessThanOrEqual(1);
    }
  });

  test('names the cue rule behind an obvious fraud marker', () => {
    const result = classifyInvitation(
      'Hello dear, I am a recruiter. Contact me on WhatsApp +1 555 203 4411 to start, a $150 equipment fee is required.',
    );
    expect(result.label).toBe('scam');
    expect(result.unsure).toBe(false);
    const codes = result.signals.map((s) => s.code);
    expect(
      codes.some((c) => ['cue:messaging-app', 'cue:fee', 'cue:fraud-marker', 'class:channel'].includes(c)),
    ).toBe(true);
  });
});

describe('classifyReply', () => {
  test('returns one of the reply labels with a calibrated confidence', () => {
    const result = classifyReply('Je comprends et je respecte ton choix. Au plaisir!');
    expect(REPLY_LABELS).toContain(result.label);
    expect(result.lang).toBe('fr');
    expect(result.confidence).toBeGreaterThan(0);
  });
});

describe('detectLanguage', () => {
  test.each([
    ['Salut!', 'fr'],
    ['Merci!', 'fr'],
    ["Let's connect 🙂", 'en'],
    ['Au plaisir de jaser avec toi pis de se revoir au 5 à 7', 'fr'],
    ['Bonjour! I saw your talk at the conference and would love to connect with you.', 'en'],
    ['', 'unknown'],
    ['🙂', 'unknown'],
  ])('%j is %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

test('textReader exposes the same functions', () => {
  expect(textReader.classifyInvitation('').label).toBe('none');
  expect(textReader.detectLanguage('Merci beaucoup')).toBe('fr');
});
