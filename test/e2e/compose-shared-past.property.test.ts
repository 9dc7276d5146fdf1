import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { composeDraft, type Draft } from '../../src/core/compose/index.js';
import type { InvitationLabel, Lang } from '../../src/core/labels.js';
import { PRESET_NAMES, PRESETS, parsePolicy } from '../../src/core/policy/index.js';
import { readCheckSet, readCorpus } from '../../tools/classifier-corpus.js';
import type { Example } from '../../tools/training/split.js';

type CorpusLine = { id: string; lang: Lang; label: InvitationLabel; text: string };

const root = join(import.meta.dirname, '../../corpus');
const asLines = (examples: readonly Example[]): CorpusLine[] => examples as CorpusLine[];
/** The independent check set: read here to test the composer's drafts, never to choose anything in the classifier. */
const checkLines = asLines(readCheckSet(root, 'invitation'));
/** The training corpus and the independent check set. */
const corpus = [...asLines(readCorpus(root, 'invitation').examples), ...checkLines];

const policies = PRESET_NAMES.map((name) => {
  const result = parsePolicy(PRESETS[name]);
  if (!result.ok) throw new Error(name);
  return { name, policy: result.value };
});

/** A sentence that says the two have not met or not exchanged, in either language. */
const DENIES_SHARED_PAST = [
  /\b(?:not|never|nor|haven't|hasn't|no)\b[^.;]{0,40}\b(?:met|meet|meeting|exchanged|exchange)\b/i,
  /\b(?:pas|jamais|ni|aucun(?:e)?)\b[^.;]{0,40}(?:rencontr|échang)/i,
];
const deniesSharedPast = (text: string): boolean => DENIES_SHARED_PAST.some((re) => re.test(text));
/** The appreciation thanks the sender for personalising their note. */
const PRAISES_PERSONAL = /personal|personnalis|personnel/i;
const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

function draftsOf(
  line: CorpusLine,
  index: number,
  sharedPast: boolean,
  presets = policies,
): { where: string; draft: Draft; preset: string }[] {
  const out: { where: string; draft: Draft; preset: string }[] = [];
  for (const { name, policy } of presets) {
    for (const variant of ['decline', 'short'] as const) {
      for (const lang of ['fr', 'en'] as const) {
        const draft = composeDraft(
          policy,
          {
            id: line.id,
            name: `Alex ${index}`,
            text: line.text,
            label: line.label,
            noteLang: line.lang,
            sharedPast,
          },
          { variant, lang },
        );
        out.push({ where: `${line.id} ${name} ${variant} ${lang}`, draft, preset: name });
      }
    }
  }
  return out;
}

describe('drafts never contradict the note', () => {
  test('the corpus and at least one check set are read', () => {
    expect(corpus.filter((l) => l.label === 'known').length).toBeGreaterThan(300);
    expect(checkLines.filter((l) => l.label === 'known').length).toBeGreaterThan(20);
  });

  test('the denial patterns catch the presets’ usual reason (so the properties below can fail)', () => {
    const generic = corpus.find((l) => l.label === 'generic' && words(l.text) > 3);
    if (!generic) throw new Error('no generic note');
    const selective = draftsOf(generic, 0, false).filter((d) => d.preset === 'selective');
    const declines = selective.filter((d) => d.draft.variant === 'decline');
    expect(declines.length).toBe(2);
    for (const { draft } of declines) expect(deniesSharedPast(draft.parts.reason ?? '')).toBe(true);
  });

  test('no decline or short draft for a known note denies a meeting or an exchange (corpus and check sets)', () => {
    const problems: string[] = [];
    corpus.forEach((line, index) => {
      if (line.label !== 'known') return;
      for (const { where, draft } of draftsOf(line, index, false)) {
        if (deniesSharedPast(draft.parts.reason ?? '')) problems.push(`${where}: ${draft.parts.reason}`);
      }
    });
    expect(problems).toEqual([]);
  });

  test('no draft denies a meeting the user recorded (met in person or exchanged in a group), whatever the label', () => {
    const problems: string[] = [];
    corpus.forEach((line, index) => {
      if (index % 7 !== 0) return; // a seventh of the corpus, every label: the reason does not depend on the note
      for (const { where, draft } of draftsOf(line, index, true)) {
        if (deniesSharedPast(draft.parts.reason ?? '')) problems.push(`${where}: ${draft.parts.reason}`);
      }
    });
    expect(problems).toEqual([]);
  });

  test('no appreciation praises a personalisation the note does not have', () => {
    const problems: string[] = [];
    corpus.forEach((line, index) => {
      const personal = (line.label === 'known' || line.label === 'purpose') && words(line.text) >= 5;
      // One preset per line, in turn: the appreciation does not depend on the policy's rules.
      const preset = [policies[index % policies.length]!];
      for (const { where, draft } of draftsOf(line, index, false, preset)) {
        const appreciation = draft.parts.appreciation ?? '';
        if (!personal && PRAISES_PERSONAL.test(appreciation))
          problems.push(`${where} (${line.label}, ${words(line.text)} words): ${appreciation}`);
      }
    });
    expect(problems).toEqual([]);
  });
});
