// In compose, not policy: "never drafted" reads the composer's VARIANT_OF_DECISION, and policy must not
// import compose (compose depends on policy).
import { describe, expect, test } from 'vitest';
import { INVITATION_LABELS } from '../labels.js';
import {
  evaluatePolicy,
  factsOf,
  type InvitationFacts,
  PRESET_NAMES,
  PRESETS,
  parsePolicy,
} from '../policy/index.js';
import { VARIANT_OF_DECISION } from './index.js';

const policyOf = (yaml: string) => {
  const result = parsePolicy(yaml);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
};

/** Every combination of the facts a preset's rules test, so no rule of any preset is left unreached. */
function everyFacts(): InvitationFacts[] {
  const all: InvitationFacts[] = [];
  for (const label of INVITATION_LABELS)
    for (const confidence of [0.3, 0.6, 0.95])
      for (const known of [false, true])
        for (const metInPerson of [false, true])
          for (const exchangedInGroup of [false, true])
            for (const inField of [false, true])
              for (const previousDecisions of [[], ['ask']] as const)
                for (const reply of ['none', 'need', 'pitch'] as const)
                  for (const ageDays of [0, 30])
                    all.push({
                      ...factsOf({ label, confidence, lang: 'fr', unsure: true }),
                      known,
                      metInPerson,
                      exchangedInGroup,
                      inField,
                      previousDecisions,
                      reply,
                      ageDays,
                    });
  return all;
}

describe('an unsure invitation', () => {
  test.each(PRESET_NAMES)('is never accepted, declined, asked or drafted by the %s preset', (name) => {
    const policy = policyOf(PRESETS[name]);
    for (const facts of everyFacts()) {
      const { decision } = evaluatePolicy(policy, facts);
      expect(['ignore', 'later'], JSON.stringify(facts)).toContain(decision);
      expect(VARIANT_OF_DECISION[decision]).toBeNull();
    }
  });

  test.each(PRESET_NAMES)('is left to the user by the %s preset, its rule named', (name) => {
    const verdict = evaluatePolicy(
      policyOf(PRESETS[name]),
      factsOf({ label: 'known', confidence: 0.45, lang: 'en', unsure: true }),
    );
    expect(verdict.decision).toBe('later');
    expect(verdict.rule).toBe('unsure-left-to-you');
  });

  test('is left to the user even by a policy whose rule accepts it', () => {
    const policy = policyOf(
      PRESETS['open-networker'].replace(/ {2}- name: unsure-left-to-you\n.*\n.*\n/, ''),
    );
    const unsure = evaluatePolicy(
      policy,
      factsOf({ label: 'pitch', confidence: 0.4, lang: 'en', unsure: true }),
      'en',
    );
    expect(unsure.decision).toBe('later');
    expect(unsure.reason).toContain('unsure');
    // The why alone (what a front end shows in its own language) says so too, not the rule's accept.
    expect(unsure.why).toContain('unsure');
    const sure = evaluatePolicy(policy, factsOf({ label: 'pitch', confidence: 0.9, lang: 'en' }), 'en');
    expect(sure.decision).toBe('accept');
  });
});
