import { describe, expect, test } from 'vitest';
import { HOSTILE_POLICIES } from './hostile-policies.js';
import { formatPolicyError, PRESET_NAMES, PRESETS, parsePolicy } from './index.js';
import { POLICY_BOUNDS } from './policy-bounds.js';

const errorsOf = (source: string): string[] => {
  const result = parsePolicy(source);
  if (result.ok) throw new Error('expected errors');
  return result.errors.map((e) => formatPolicyError('policy.yaml', e));
};

const lineOf = (source: string, needle: string): number =>
  source.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('parsePolicy', () => {
  test.each(PRESET_NAMES)('accepts the %s preset as written', (name) => {
    const result = parsePolicy(PRESETS[name]);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  test.each(PRESET_NAMES)('the %s preset states its goal in both languages and has comments', (name) => {
    const result = parsePolicy(PRESETS[name]);
    if (!result.ok) throw new Error('invalid');
    expect(result.value.goal.fr).not.toEqual(result.value.goal.en);
    expect(PRESETS[name].match(/^\s*#/gm)?.length).toBeGreaterThan(10);
  });

  test('names the line and field of an unknown decision', () => {
    const source = PRESETS.selective.replace('decision: ignore', 'decision: refuse');
    expect(errorsOf(source)).toEqual([
      `policy.yaml:${lineOf(source, 'refuse')}: rules[0].decision: unknown decision 'refuse' (expected one of accept, decline, ask, ignore, later)`,
    ]);
  });

  test('rejects an unknown field, at top level and inside a condition', () => {
    const source = PRESETS.selective
      .replace('premium: false', 'premium: false\npremuim: true')
      .replace('when: { known: true }', 'when: { knwon: true }');
    expect(errorsOf(source)).toEqual([
      `policy.yaml:${lineOf(source, 'premuim')}: premuim: unknown field 'premuim'`,
      `policy.yaml:${lineOf(source, 'knwon')}: rules[3].when.knwon: unknown field 'knwon'`,
    ]);
  });

  test('rejects an unknown label value in a shorthand list', () => {
    const source = PRESETS['argue-first'].replace('label: [known, purpose]', 'label: [known, purpse]');
    expect(errorsOf(source)).toEqual([
      `policy.yaml:${lineOf(source, 'purpse')}: rules[6].when.label[1]: unknown label 'purpse' (expected one of none, generic, known, purpose, pitch, scam)`,
    ]);
  });

  test('reports a broken YAML file with its line', () => {
    const errors = errorsOf('version: 1\nrules:\n  - name: a\n    when: { label: [scam }\n');
    expect(errors[0]).toMatch(/^policy\.yaml:4: YAML syntax: /);
  });

  test('reports missing required fields', () => {
    expect(errorsOf('version: 1\n')).toContain('policy.yaml:1: goal: required field is missing');
  });

  test('rejects an unknown placeholder in a user template, and accepts the known ones', () => {
    const templates = `templates:\n  fr:\n    decline:\n      openness: "Écrivez-moi via {channels}, {prenom} !"\n`;
    expect(errorsOf(`${PRESETS.selective}\n${templates}`)).toEqual([
      `policy.yaml:${lineOf(`${PRESETS.selective}\n${templates}`, '{prenom}')}: templates.fr.decline.openness: unknown placeholder {prenom} (expected one of {firstName}, {name}, {goal}, {reason}, {channels}, {signature})`,
    ]);
    const good = `templates:\n  en:\n    decline:\n      appreciation:\n        content: ["Thanks for mentioning {content}, {firstName}."]\n`;
    expect(parsePolicy(`${PRESETS.selective}\n${good}`).ok).toBe(true);
  });

  test('a placeholder belongs to its basis: {content} is unknown in a plain appreciation', () => {
    const t = `templates:\n  en:\n    short:\n      appreciation:\n        plain: "Thanks for {content}."\n`;
    expect(errorsOf(`${PRESETS.selective}\n${t}`)[0]).toMatch(/unknown placeholder \{content\}/);
  });

  test('rejects limits missing for the chosen network', () => {
    const source = PRESETS.selective.replace('network: linkedin', 'network: xing');
    expect(errorsOf(source)).toEqual([
      `policy.yaml:${lineOf(source, 'network: xing')}: network: no limits for network 'xing' (add limits.xing)`,
    ]);
  });
});

describe('a confidence in a rule means one thing', () => {
  const withConfidence = (condition: string): string =>
    PRESETS.selective.replace(
      'when: { label: known, confidence: { gte: 0.7 } }',
      `when: { label: known, confidence: ${condition} }`,
    );

  test('the preset this test edits still holds the condition it replaces', () => {
    expect(PRESETS.selective).toContain('when: { label: known, confidence: { gte: 0.7 } }');
  });

  test.each([
    ['{ gte: 0.7 }', 0.7],
    ['{ gte: 70% }', 0.7],
    ['{ gte: "70 %" }', 0.7],
    ['{ gte: 72.5% }', 0.725],
    ['{ lt: 100% }', 1],
  ])('reads %s as %s', (condition, share) => {
    const result = parsePolicy(withConfidence(condition));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const rule = result.value.rules.find((r) => r.when.confidence !== undefined);
    expect(Object.values(rule?.when.confidence ?? {})).toEqual([share]);
  });

  test.each(['{ gte: 70 }', '{ gte: 1.5 }', '{ gte: -0.1 }', '{ gte: 170% }'])(
    'refuses %s with its line, instead of a rule that can never match',
    (condition) => {
      const source = withConfidence(condition);
      expect(errorsOf(source)).toEqual([
        `policy.yaml:${lineOf(source, condition)}: rules[6].when.confidence.gte: out of range: a confidence is between 0 and 1 (0.7) or a percentage (70%)`,
      ]);
    },
  );
});

describe('policy bounds (issue 13 item 11)', () => {
  test('a 200 KB policy is refused at the line where it passes the size bound', () => {
    const text = HOSTILE_POLICIES.huge;
    const line = text.slice(0, POLICY_BOUNDS.chars).split('\n').length;
    expect(errorsOf(text)).toEqual([`policy.yaml:${line}: the policy is 199 KB; a policy is at most 64 KB`]);
  });

  test('an alias bomb is refused at the alias past the bound, without expanding it', () => {
    const text = HOSTILE_POLICIES.aliasBomb;
    const errors = errorsOf(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBe(
      `policy.yaml:${lineOf(text, 'x-e:')}: more than 32 aliases (*name); a policy needs few`,
    );
  });

  test('thousands of keys are refused at the first key past the bound', () => {
    const text = HOSTILE_POLICIES.manyKeys;
    const first = errorsOf(text)[0] ?? '';
    expect(first).toMatch(/^policy\.yaml:\d+: more than 1000 fields; a policy needs far fewer$/);
    const line = Number(first.split(':')[1]);
    expect(text.split('\n')[line - 1]).toMatch(/^k\d+: 1$/);
  });

  test('deep nesting is refused, not a stack overflow', () => {
    expect(errorsOf(HOSTILE_POLICIES.deep)).toEqual(['policy.yaml:1: nested more than 32 levels deep']);
    const nestedMaps = `${PRESETS.selective}\nx:\n${Array.from({ length: 40 }, (_, i) => `${' '.repeat(i + 1)}a${i}:`).join('\n')} 1\n`;
    expect(errorsOf(nestedMaps)[0]).toMatch(/: nested more than 32 levels deep$/);
  });

  test('an undefined alias is a located syntax error', () => {
    expect(errorsOf(`${PRESETS.selective}\nx: *nowhere\n`)[0]).toMatch(/^policy\.yaml:\d+: /);
  });

  test('a few aliases, as a person writes them, are still accepted', () => {
    const text = PRESETS.selective
      .replace('when: { known: true }', 'when: &known { known: true }')
      .replace('when: { metInPerson: true }', 'when: *known');
    const result = parsePolicy(text);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});
