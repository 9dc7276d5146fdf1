import { describe, expect, test } from 'vitest';
import type { InvitationLabel, Lang } from '../labels.js';
import { type Policy, PRESETS, parsePolicy } from '../policy/index.js';
import { composeDraft, type InvitationInput, VARIANTS } from './index.js';

const policyFrom = (patch: (s: string) => string = (s) => s): Policy => {
  const source = patch(
    PRESETS['field-open']
      .replace(
        'channels: []',
        'channels:\n  - kind: twitter\n    value: "@mathieu"\n  - kind: group\n    value: Web2biz',
      )
      .replace('signature: "Moi"', 'signature: Mathieu'),
  );
  const result = parsePolicy(source);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
};
const policy = policyFrom();
const invitation = (
  text: string,
  label: InvitationLabel,
  more: Partial<InvitationInput> = {},
): InvitationInput => ({
  id: 'inv-1',
  name: 'Jane Doe',
  text,
  label,
  noteLang: /\b(je|j'ai|vous|tu|bonjour|salut)\b/i.test(text) ? 'fr' : 'en',
  ...more,
});

const PERSONAL_FR =
  "Bonjour, nous nous sommes croisés au 5 à 7 de la Chambre jeudi dernier, j'aimerais garder contact.";
const BOILERPLATE_FR = 'Bonjour, je souhaiterais faire partie de votre réseau professionnel sur LinkedIn.';
const THANKS_PERSONAL = /personnalis|personal/i;

describe('composeDraft', () => {
  test.each(VARIANTS.flatMap((v) => (['fr', 'en'] as Lang[]).map((l) => [v, l] as const)))(
    'writes a complete %s draft in %s, greeting by first name and signed',
    (variant, lang) => {
      const draft = composeDraft(policy, invitation(PERSONAL_FR, 'known'), { variant, lang });
      // A short note may give up its greeting to fit; when it keeps one, it names the person.
      const greeting = lang === 'fr' ? /^(Bonjour|Salut|Allô) Jane/ : /^(Hi|Hello|Dear) Jane/;
      if (variant !== 'short' || /^(Bonjour|Salut|Allô|Hi|Hello|Dear)/.test(draft.text))
        expect(draft.text).toMatch(greeting);
      expect(draft.text.endsWith('Mathieu')).toBe(true);
      expect(draft.text).not.toMatch(/\{[^}]*\}/);
      for (const part of Object.values(draft.parts)) expect(part?.trim()).not.toBe('');
      expect(draft.length).toBeLessThanOrEqual(draft.limit);
    },
  );

  test('the decline has the three elements of the method, from the policy words', () => {
    const draft = composeDraft(policy, invitation(PERSONAL_FR, 'known'), { variant: 'decline', lang: 'fr' });
    expect(Object.keys(draft.parts)).toEqual(['appreciation', 'reason', 'openness']);
    expect(draft.parts.reason).toContain('échanger avec les gens de mon domaine');
    expect(draft.parts.openness).toContain('mon compte Twitter (@mathieu) ou le groupe Web2biz');
  });

  test.each([
    ['a personalized note', PERSONAL_FR, 'known', 'personalized'],
    ['boilerplate', BOILERPLATE_FR, 'generic', 'plain'],
    ['an empty note', '', 'none', 'plain'],
    [
      'a scam that claims a shared past',
      'We met at the summit! Send your bank details to claim the prize.',
      'scam',
      'plain',
    ],
  ] as const)('thanks for personalizing only when it is true: %s', (_what, text, label, basis) => {
    for (const variant of ['decline', 'short', 'ask', 'welcome'] as const) {
      for (const lang of ['fr', 'en'] as const) {
        const draft = composeDraft(policy, invitation(text, label, { id: `x-${variant}` }), {
          variant,
          lang,
        });
        expect(draft.basis).toBe(basis);
        if (basis === 'plain') expect(draft.parts.appreciation).not.toMatch(THANKS_PERSONAL);
      }
    }
  });

  test('names the content the note mentions, the field, and the mutual contact, only when present', () => {
    const content = composeDraft(
      policy,
      invitation("J'ai lu votre article sur les liens faibles et j'ai adoré.", 'generic'),
      {
        variant: 'decline',
        lang: 'fr',
      },
    );
    expect(content.basis).toBe('content');
    expect(content.parts.appreciation).toContain('mon article sur les liens faibles');
    const field = composeDraft(
      policy,
      invitation('Hello!', 'generic', { headline: 'Senior Talent Partner' }),
      {
        variant: 'decline',
        lang: 'en',
      },
    );
    expect(field).toMatchObject({ basis: 'field' });
    expect(field.parts.appreciation).toContain('talent');
    const mutual = composeDraft(
      policy,
      invitation('Sophie Tremblay suggested I reach out about the mentoring circle.', 'known'),
      {
        variant: 'decline',
        lang: 'en',
      },
    );
    expect(mutual.parts.appreciation).toContain('Sophie Tremblay');
  });

  test('answers tu with tu and vous with vous, in French only', () => {
    const tu = composeDraft(
      policy,
      invitation("Salut! J'ai vu ton profil, on s'est croisés au congrès, ça te dit?", 'known'),
      {
        variant: 'decline',
        lang: 'fr',
      },
    );
    expect(tu.register).toBe('tu');
    expect(tu.text).toMatch(/\b(ton|te|tu|toi|t')/);
    expect(tu.text).not.toMatch(/\b(vous|votre|vos)\b/);
    const vous = composeDraft(policy, invitation(PERSONAL_FR, 'known'), { variant: 'decline', lang: 'fr' });
    expect(vous.register).toBe('vous');
    expect(vous.text).not.toMatch(/\b(ton|ta|tes|toi)\b/);
  });

  test('a short draft fits a free invitation note, or a Premium one', () => {
    const long = (s: string) =>
      s.replace(/signature: Mathieu/, 'signature: Mathieu-Alexandre Tremblay-Gagnon');
    for (const [premium, limit] of [
      [false, 200],
      [true, 300],
    ] as const) {
      const p = policyFrom((s) => long(s).replace('premium: false', `premium: ${premium}`));
      for (let i = 0; i < 40; i += 1) {
        const draft = composeDraft(
          p,
          invitation(PERSONAL_FR, 'known', { id: `n${i}`, name: `Person${i} X` }),
          {
            variant: 'short',
            lang: i % 2 ? 'fr' : 'en',
          },
        );
        expect(draft.limit).toBe(limit);
        expect(draft.text.length).toBeLessThanOrEqual(limit);
        const body = draft.text.split('\n').at(-2) ?? '';
        expect(body.match(/[.!?](\s|$)/g)?.length).toBe(2);
      }
    }
  });

  test('fits the limits of the network the invitation came from', () => {
    const p = policyFrom((s) =>
      s.replace(
        '  linkedin: { note: 200, notePremium: 300, message: 8000 }',
        '  linkedin: { note: 200, notePremium: 300, message: 8000 }\n  xing: { note: 120, notePremium: 120, message: 1000 }',
      ),
    );
    const on = (network: string) =>
      composeDraft(p, { ...invitation(PERSONAL_FR, 'known'), network }, { variant: 'short', lang: 'fr' });
    expect(on('xing').limit).toBe(120);
    expect(on('xing').text.length).toBeLessThanOrEqual(120);
    expect(on('linkedin').limit).toBe(200);
    // No limits written for Malt: the policy's own network's apply.
    expect(on('malt').limit).toBe(200);
  });

  test('shortens at a word with an ellipsis when the policy words cannot fit, never mid-word', () => {
    const p = policyFrom((s) =>
      s.replace(
        'en: "connect with people in my field"',
        `en: "${'connect with remarkable people '.repeat(12).trim()}"`,
      ),
    );
    const draft = composeDraft(p, invitation('Hi', 'generic'), { variant: 'short', lang: 'en' });
    expect(draft.length).toBeLessThanOrEqual(200);
    expect(draft.text).toContain('…');
    expect(draft.text).toMatch(/(remarkable|people|with|connect)…/);
  });

  test("the user's templates replace the built-in ones, and never leave a placeholder", () => {
    const p = policyFrom(
      (s) =>
        `${s}\ntemplates:\n  fr:\n    decline:\n      openness: ["Retrouvons-nous sur {channels}, {firstName} !"]\n      closing: "Amitiés,"\n      appreciation:\n        plain: "Merci {firstName}, c'est gentil."\n`,
    );
    const draft = composeDraft(p, invitation(BOILERPLATE_FR, 'generic'), { variant: 'decline', lang: 'fr' });
    expect(draft.parts.openness).toBe(
      'Retrouvons-nous sur mon compte Twitter (@mathieu) ou le groupe Web2biz, Jane !',
    );
    expect(draft.parts.appreciation).toBe("Merci Jane, c'est gentil.");
    expect(draft.text).toContain('Amitiés,\nMathieu');
    const anonymous = composeDraft(p, invitation(BOILERPLATE_FR, 'generic', { name: '' }), {
      variant: 'decline',
      lang: 'fr',
    });
    expect(anonymous.text).not.toMatch(/\{|\}/);
    expect(anonymous.parts.appreciation).not.toContain('Merci ,');
  });

  test('picks phrasings by invitation: stable for one, varied across many', () => {
    const draftFor = (id: string) =>
      composeDraft(policy, invitation(PERSONAL_FR, 'known', { id, name: `Jane ${id}` }), {
        variant: 'decline',
        lang: 'fr',
      }).text.replace(/Jane/, '');
    expect(draftFor('a')).toBe(draftFor('a'));
    expect(new Set(Array.from({ length: 30 }, (_, i) => draftFor(`id${i}`))).size).toBeGreaterThan(10);
  });

  test("a stranger's name or note cannot inject a placeholder or control characters", () => {
    const draft = composeDraft(
      policy,
      invitation('I loved your article on {goal}\u202E and more', 'generic', {
        name: '{signature}\u0007 Evil',
      }),
      { variant: 'decline', lang: 'en' },
    );
    expect(draft.text).not.toMatch(/[{}\u202E\u0007]/);
  });
});

describe('the reason for a note that recalls a shared past', () => {
  const selective = (extra = ''): Policy => {
    const result = parsePolicy(`${PRESETS.selective}\n${extra}`);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.value;
  };
  const met = invitation(PERSONAL_FR, 'known');

  test.each([
    ['decline', 'fr'],
    ['decline', 'en'],
    ['short', 'fr'],
    ['short', 'en'],
  ] as const)('%s in %s never says that the two have not met', (variant, lang) => {
    const draft = composeDraft(selective(), met, { variant, lang });
    expect(draft.parts.reason).not.toMatch(/pas rencontr|not met|ni d'échange|nor exchanged/i);
  });

  test('the usual reason still goes to a stranger', () => {
    const draft = composeDraft(selective(), invitation(BOILERPLATE_FR, 'generic'), {
      variant: 'decline',
      lang: 'fr',
    });
    expect(draft.parts.reason).toMatch(/pas rencontrés en personne/);
  });

  test('the user’s records of a meeting count as much as the note', () => {
    const draft = composeDraft(selective(), invitation(BOILERPLATE_FR, 'generic', { sharedPast: true }), {
      variant: 'decline',
      lang: 'fr',
    });
    expect(draft.parts.reason).not.toMatch(/pas rencontrés/);
    expect(draft.parts.reason).toMatch(/connais/);
  });

  test('the policy’s own reasonSharedPast is used when it has one', () => {
    const own = selective(
      'reasonSharedPast:\n  fr: je garde ce réseau pour mes proches collaborateurs\n  en: I keep this network for close colleagues',
    );
    const draft = composeDraft(own, met, { variant: 'decline', lang: 'en' });
    expect(draft.parts.reason).toContain('I keep this network for close colleagues');
  });
});
