import { describe, expect, test } from 'vitest';
import type { InvitationLabel } from '../labels.js';
import {
  evaluatePolicy,
  factsOf,
  type InvitationFacts,
  type Policy,
  PRESETS,
  type PresetName,
  parsePolicy,
} from './index.js';

const preset = (name: PresetName, patch = (s: string) => s): Policy => {
  const result = parsePolicy(patch(PRESETS[name]));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
};
const facts = (label: InvitationLabel, more: Partial<InvitationFacts> = {}): InvitationFacts => ({
  ...factsOf({ label, confidence: 0.9, lang: 'fr' }),
  ...more,
});

describe('evaluatePolicy on the presets', () => {
  test.each<[PresetName, InvitationLabel, Partial<InvitationFacts>, string, string]>([
    ['selective', 'scam', {}, 'ignore', 'scams-ignored'],
    ['selective', 'generic', { metInPerson: true }, 'accept', 'met-accepted'],
    ['selective', 'generic', { exchangedInGroup: true }, 'accept', 'group-accepted'],
    ['selective', 'known', {}, 'accept', 'shared-past-accepted'],
    ['selective', 'purpose', {}, 'decline', 'default'],
    ['selective', 'pitch', { flagged: 'opportunist' }, 'ignore', 'flagged-ignored'],
    ['field-open', 'generic', { inField: true }, 'accept', 'field-accepted'],
    ['field-open', 'pitch', { inField: true }, 'ignore', 'pitches-ignored'],
    ['field-open', 'generic', {}, 'decline', 'default'],
    ['open-networker', 'pitch', {}, 'accept', 'default'],
    ['open-networker', 'scam', {}, 'ignore', 'scams-ignored'],
    ['ask-first', 'generic', {}, 'ask', 'strangers-asked'],
    ['ask-first', 'generic', { known: true }, 'accept', 'known-accepted'],
    // A note recalling a shared past is no stranger's: asking "how can I be useful?" would be odd.
    ['ask-first', 'known', {}, 'accept', 'shared-past-accepted'],
    ['ask-first', 'known', { confidence: 0.5 }, 'ask', 'strangers-asked'],
    ['argue-first', 'purpose', {}, 'accept', 'reason-given'],
    ['argue-first', 'generic', {}, 'decline', 'no-reason-declined'],
    ['argue-first', 'none', {}, 'decline', 'no-reason-declined'],
    ['argue-first', 'scam', {}, 'ignore', 'scams-ignored'],
  ])('%s: a %s note with %j is %s by %s', (name, label, more, decision, rule) => {
    const result = evaluatePolicy(preset(name), facts(label, more));
    expect([result.decision, result.rule]).toEqual([decision, rule]);
  });

  test('explains the decision in one line naming the rule, in the asked language', () => {
    const p = preset('selective');
    const scam = facts('scam', { confidence: 0.96 });
    expect(evaluatePolicy(p, scam, 'en').reason).toBe(
      "rule 'scams-ignored': the note looks like a scam (confidence 96%)",
    );
    expect(evaluatePolicy(p, scam, 'fr').reason).toBe(
      "règle 'scams-ignored' : la note ressemble à une arnaque (confiance 96\u00a0%)",
    );
    expect(evaluatePolicy(p, scam).lang).toBe('fr');
    expect(evaluatePolicy(p, facts('known'), 'en').reason).toBe(
      "rule 'shared-past-accepted': the note refers to a shared past (confidence 90%)",
    );
  });

  test('ask-first: a genuine answer is accepted, silence past the delay declined, else later', () => {
    const p = preset('ask-first');
    const asked = { previousDecisions: ['ask'] as const };
    expect(evaluatePolicy(p, facts('generic', { ...asked, reply: 'need', ageDays: 3 })).decision).toBe(
      'accept',
    );
    expect(evaluatePolicy(p, facts('generic', { ...asked, ageDays: 3 })).decision).toBe('later');
    const late = evaluatePolicy(p, facts('generic', { ...asked, ageDays: 15 }), 'en');
    expect(late).toMatchObject({ decision: 'decline', rule: 'strangers-asked' });
    expect(late.reason).toContain('asked 15 days ago without a real answer (delay 14 days)');
    expect(evaluatePolicy(p, facts('generic', { ...asked, reply: 'pitch', ageDays: 1 })).decision).toBe(
      'decline',
    );
  });

  test('the ask-first delay and next step come from the policy', () => {
    const p = preset('ask-first', (s) =>
      s.replace('delayDays: 14', 'delayDays: 30').replace('next: decline', 'next: ignore'),
    );
    expect(evaluatePolicy(p, facts('generic', { previousDecisions: ['ask'], ageDays: 20 })).decision).toBe(
      'later',
    );
    expect(evaluatePolicy(p, facts('generic', { previousDecisions: ['ask'], ageDays: 31 })).decision).toBe(
      'ignore',
    );
  });

  test('the first matching rule wins, with operators on numbers and lists', () => {
    const rules = `rules:
  - name: old-ones
    when: { ageDays: { gte: 60 }, tags: [vip, client] }
    decision: later
  - name: confident-pitch
    when: { label: pitch, confidence: { gt: 0.8 } }
    decision: ignore
default:
  decision: decline`;
    const p = preset('selective', (s) => s.replace(/^rules:[\s\S]*?(?=\n# Your own wording)/m, `${rules}\n`));
    expect(evaluatePolicy(p, facts('pitch', { ageDays: 90, tags: ['Client'] })).rule).toBe('old-ones');
    expect(evaluatePolicy(p, facts('pitch', { ageDays: 90 })).rule).toBe('confident-pitch');
    expect(evaluatePolicy(p, facts('pitch', { confidence: 0.5 })).rule).toBe('default');
  });
});
