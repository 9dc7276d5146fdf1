import { describe, expect, test } from 'vitest';
import { describeFactor } from './tie-factor-words.js';
import {
  NO_EVIDENCE,
  TIE_FACTOR_KEYS,
  TIE_WEIGHTS,
  type TieEvidence,
  tieStrength,
  topFactors,
} from './tie-strength.js';

const NOW = new Date('2026-06-01T00:00:00Z');

const nothing: TieEvidence = NO_EVIDENCE;
const ev = (over: Partial<TieEvidence>): TieEvidence => ({ ...nothing, ...over });

const strong = ev({
  messagesSent: 40,
  messagesReceived: 38,
  conversationsStartedByMe: 3,
  conversationsStartedByThem: 4,
  firstExchange: '2020-03-01T10:00:00Z',
  lastExchange: '2026-05-20T10:00:00Z',
  connectedOn: '2020-02-15',
  recommendationsFromThem: 1,
  metInPerson: true,
});

describe('tieStrength', () => {
  test('scores a recent, reciprocal, long exchange with a recommendation near the top', () => {
    expect(tieStrength(strong, NOW).score).toBeGreaterThanOrEqual(90);
  });

  test('scores an old connection without a single message at zero, explained as dormant', () => {
    const result = tieStrength(ev({ connectedOn: '2015-01-10' }), NOW);
    expect(result.score).toBe(0);
    expect(result.factors.map((f) => f.key)).toEqual(['dormant']);
    expect(result.factors[0]?.values).toEqual({ years: 11 });
  });

  test('weighs recency most: the same exchange scores lower as it ages', () => {
    const base = { messagesSent: 5, messagesReceived: 5, firstExchange: '2025-01-01' };
    const recent = tieStrength(ev({ ...base, lastExchange: '2026-05-25' }), NOW).score;
    const old = tieStrength(ev({ ...base, lastExchange: '2025-01-02' }), NOW).score;
    expect(recent).toBeGreaterThan(old + 10);
  });

  test('halves the recency points after the half-life', () => {
    const days = TIE_WEIGHTS.recencyHalfLifeDays;
    const last = new Date(NOW.getTime() - days * 86_400_000).toISOString();
    const factor = tieStrength(
      ev({ messagesSent: 1, lastExchange: last, firstExchange: last }),
      NOW,
    ).factors.find((f) => f.key === 'recency');
    expect(factor?.points).toBe(TIE_WEIGHTS.recency / 2);
  });

  test('rewards reciprocity: a broadcast scores lower than a conversation of the same size', () => {
    const when = { firstExchange: '2026-01-01', lastExchange: '2026-05-01' };
    const conversation = tieStrength(ev({ ...when, messagesSent: 10, messagesReceived: 10 }), NOW).score;
    const broadcast = tieStrength(ev({ ...when, messagesSent: 20, messagesReceived: 0 }), NOW).score;
    expect(conversation).toBeGreaterThan(broadcast);
  });

  test('lets met-in-person floor the score even without any message', () => {
    const result = tieStrength(ev({ metInPerson: true, connectedOn: '2012-01-01' }), NOW);
    expect(result.score).toBe(TIE_WEIGHTS.metInPersonFloor);
    expect(result.factors[0]?.key).toBe('metInPerson');
  });

  test.each([
    ['remembered yes', { remembered: 'yes' as const }, TIE_WEIGHTS.rememberedYesFloor],
    ['exchanged in a group', { exchangedInGroup: true }, TIE_WEIGHTS.exchangedInGroupFloor],
  ])('floors the score when the user says %s', (_name, flags, floor) => {
    expect(tieStrength(ev(flags), NOW).score).toBe(floor);
  });

  test('caps the score when the user does not remember the person, over every other signal', () => {
    const result = tieStrength({ ...strong, remembered: 'no' }, NOW);
    expect(result.score).toBe(TIE_WEIGHTS.rememberedNoCap);
    expect(result.factors.some((f) => f.key === 'rememberedNo' && f.points < 0)).toBe(true);
  });

  test('counts endorsements and recommendations up to their maximum', () => {
    const many = tieStrength(
      ev({ endorsementsFromThem: 10, recommendationsFromThem: 2, recommendationsToThem: 2 }),
      NOW,
    );
    const byKey = Object.fromEntries(many.factors.map((f) => [f.key, f.points]));
    expect(byKey['endorsements']).toBe(TIE_WEIGHTS.endorsementsMax);
    expect(byKey['recommendations']).toBe(TIE_WEIGHTS.recommendationsMax);
  });

  test('credits an invitation the user sent with a note', () => {
    const result = tieStrength(ev({ invitedBy: 'me', invitationHadNote: true }), NOW);
    expect(result.score).toBe(TIE_WEIGHTS.invitationByMe + TIE_WEIGHTS.invitationNote);
  });

  test('stays within 0 and 100 and sorts factors by effect', () => {
    const everything = tieStrength(
      {
        ...strong,
        endorsementsFromThem: 9,
        recommendationsToThem: 3,
        exchangedInGroup: true,
        remembered: 'yes',
      },
      NOW,
    );
    expect(everything.score).toBe(100);
    const effects = everything.factors.map((f) => Math.abs(f.points));
    expect(effects).toEqual([...effects].sort((a, b) => b - a));
    expect(topFactors(everything)).toHaveLength(3);
  });
});

describe('describeFactor', () => {
  test.each(TIE_FACTOR_KEYS.map((key) => [key]))('words %s in both languages', (key) => {
    const factor = {
      key,
      points: 1,
      values: { days: 3, years: 2, count: 1, sent: 1, received: 2, percent: 50 },
    };
    const en = describeFactor(factor, 'en');
    const fr = describeFactor(factor, 'fr');
    expect(en.length).toBeGreaterThan(5);
    expect(fr).not.toBe(en);
  });

  test('puts the numbers in the words', () => {
    const result = tieStrength(ev({ connectedOn: '2015-01-10' }), NOW);
    expect(describeFactor(result.factors[0]!, 'en')).toBe('connected 11 years ago, never a message');
    expect(describeFactor(result.factors[0]!, 'fr')).toBe('relation depuis 11 ans, jamais un message');
  });
});
