import { describe, expect, test } from 'vitest';
import type { TriageItem } from '../app/triage/index.js';
import { createTranslator } from './i18n.js';
import { renderItem } from './triage-screen.js';

const item = (unsure: boolean): TriageItem => ({
  invitationId: 1,
  personId: null,
  name: 'Sam Doe',
  profileUrl: null,
  headline: null,
  sentAt: '2026-11-30T10:00:00Z',
  note: 'Hello dear, contact me on WhatsApp for a job, a small fee first.',
  status: 'pending',
  classification: {
    label: 'pitch',
    confidence: 0.41,
    lang: 'en',
    unsure,
    between: unsure ? ['scam', 'pitch'] : [],
    signals: [
      { code: 'cue:fee', weight: 0.4 },
      { code: 'word', params: { text: 'dear' }, weight: 0.1 },
    ],
  },
  suggestion: {
    decision: 'later',
    rule: 'unsure-left-to-you',
    matched: true,
    reason: '',
    why: { en: 'unsure', fr: 'incertain' },
  },
  draft: null,
  earlier: [],
  flag: null,
  teamFlag: null,
  decision: null,
});

describe('renderItem', () => {
  test.each([
    ['en', 'Unsure: hesitates between scam / pitch', ['asks for a fee or a payment', 'the word “dear”']],
    ['fr', 'Incertain : hésite entre scam / pitch', ['demande des frais ou un paiement', 'le mot « dear »']],
  ] as const)(
    'shows an unsure label and the signals in the interface language (%s)',
    (lang, unsure, signals) => {
      const screen = renderItem(item(true), 0, 1, createTranslator(lang), { keyHints: false, lang });
      expect(screen).toContain(unsure);
      for (const words of signals) expect(screen).toContain(words);
    },
  );

  test('says nothing of doubt on a sure label', () => {
    const screen = renderItem(item(false), 0, 1, createTranslator('en'), { keyHints: false, lang: 'en' });
    expect(screen).not.toContain('Unsure');
  });
});
