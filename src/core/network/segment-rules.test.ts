import { describe, expect, test } from 'vitest';
import {
  matchesRule,
  parseSegmentRule,
  ruleUsesStrength,
  type SegmentRule,
  type SegmentSubject,
  segmentMembers,
} from './segment-rules.js';

const person = (over: Partial<SegmentSubject>): SegmentSubject => ({
  personId: 1,
  company: null,
  position: null,
  headline: null,
  connectedOn: null,
  tags: [],
  ...over,
});

const ana = person({
  personId: 1,
  company: 'Société Générale',
  position: 'Talent Acquisition Partner',
  headline: 'Recrutement tech à Montréal',
  connectedOn: '2018-04-02',
  strength: 12,
  tags: ['Client'],
});
const ben = person({
  personId: 2,
  company: 'Acme Corp',
  position: 'CTO',
  connectedOn: '2023-09-10',
  strength: 70,
});
const cleo = person({ personId: 3, company: 'Globex', headline: 'Recruiter', tags: ['competitor'] });

describe('matchesRule', () => {
  test.each<[string, SegmentRule, number[]]>([
    ['company words, accents and case ignored', { company: 'societe' }, [1]],
    ['any of several words', { company: ['acme', 'globex'] }, [2, 3]],
    ['position', { position: 'talent' }, [1]],
    ['headline', { headline: ['recrut', 'recruit'] }, [1, 3]],
    ['connected before a date', { connectedBefore: '2020-01-01' }, [1]],
    ['strength below a value (unknown strength never matches)', { strengthBelow: 50 }, [1]],
    ['a tag, case ignored', { tag: 'client' }, [1]],
    ['all', { all: [{ headline: 'recru' }, { tag: 'competitor' }] }, [3]],
    ['any', { any: [{ position: 'cto' }, { tag: 'competitor' }] }, [2, 3]],
    ['not', { not: { company: 'acme' } }, [1, 3]],
  ])('selects by %s', (_name, rule, ids) => {
    expect([ana, ben, cleo].filter((p) => matchesRule(rule, p)).map((p) => p.personId)).toEqual(ids);
  });
});

describe('parseSegmentRule', () => {
  test('reads nested JSON text', () => {
    const parsed = parseSegmentRule('{"all":[{"company":["acme"]},{"not":{"strengthBelow":30}}]}');
    expect(parsed).toEqual({
      ok: true,
      value: { all: [{ company: ['acme'] }, { not: { strengthBelow: 30 } }] },
    });
  });

  test.each([
    ['text that is not JSON', '{company:'],
    ['an unknown field', { salary: 'high' }],
    ['two tests in one object', { company: 'a', position: 'b' }],
    ['an impossible date', { connectedBefore: '2020-13-45' }],
    ['an empty combinator', { any: [] }],
    ['a nested mistake', { all: [{ tag: '' }] }],
  ])('returns an error value for %s', (_name, input) => {
    const parsed = parseSegmentRule(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.code).toBe('invalid-rule');
  });
});

test('ruleUsesStrength finds a strength test at any depth', () => {
  expect(ruleUsesStrength({ any: [{ tag: 'x' }, { not: { strengthBelow: 3 } }] })).toBe(true);
  expect(ruleUsesStrength({ all: [{ tag: 'x' }] })).toBe(false);
});

test('a segment holds the people tagged with its name and those its rule selects; people may be in several', () => {
  const people = [ana, ben, cleo];
  expect(segmentMembers({ name: 'client', rule: { company: 'acme' } }, people)).toEqual([1, 2]);
  expect(segmentMembers({ name: 'competitor', rule: null }, people)).toEqual([3]);
  expect(segmentMembers({ name: 'recruiters', rule: { headline: 'recru' } }, people)).toEqual([1, 3]);
});
