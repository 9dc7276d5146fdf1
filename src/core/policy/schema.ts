import { z } from 'zod';
import { DECISIONS, LANGS } from '../labels.js';
import { CHANNEL_KINDS } from './channel-kinds.js';
import { FACT_FIELDS, type FactField, type FactName } from './facts.js';
import { OPERATORS_OF_KIND, SHORTHAND_OF_KIND } from './operators.js';
import { APPRECIATION_BASES, ELEMENTS, VARIANTS } from './variants.js';

const text = z.string().trim().min(1);
const localized = z.strictObject({ fr: text, en: text });
/** A phrase the user writes once for both languages, or per language. */
const localizedOrText = z.union([text, localized]);

export { CHANNEL_KINDS, type ChannelKind } from './channel-kinds.js';

const channelSchema = z.strictObject({
  kind: z.enum(CHANNEL_KINDS),
  value: text,
  /** Replaces the built-in wording ("my Twitter account (@x)"). */
  label: localized.optional(),
});

const limitsSchema = z.strictObject({
  note: z.number().int().positive(),
  notePremium: z.number().int().positive(),
  message: z.number().int().positive(),
});

const PERCENT = /^\s*(\d+(?:[.,]\d+)?)\s*%\s*$/;
/**
 * A confidence is written `0.7` or `70%` (YAML reads `70%` as text). A bare number above 1 is
 * refused: `gte: 70` would be a rule that can never match.
 */
const shareSchema = z.preprocess(
  (raw) => {
    const percent = typeof raw === 'string' ? PERCENT.exec(raw) : null;
    return percent ? Number(percent[1]?.replace(',', '.')) / 100 : raw;
  },
  z
    .number()
    .refine(
      (n) => n >= 0 && n <= 1,
      'out of range: a confidence is between 0 and 1 (0.7) or a percentage (70%)',
    ),
);

function valueSchema(field: FactField): z.ZodType {
  if (field.kind === 'boolean') return z.boolean();
  if (field.kind === 'number') return 'share' in field ? shareSchema : z.number();
  return field.values ? z.enum(field.values as [string, ...string[]]) : text;
}

/** `label: scam`, `label: [known, purpose]` or `label: { notIn: [scam] }`, checked against the fact's kind. */
function conditionSchema(field: FactField): z.ZodType {
  const value = valueSchema(field);
  const operators = OPERATORS_OF_KIND[field.kind] as readonly string[];
  const shape = Object.fromEntries(
    operators.map((op) => [
      op,
      (['in', 'notIn', 'includesAny'].includes(op) ? z.array(value).min(1) : value).optional(),
    ]),
  );
  const shorthand = SHORTHAND_OF_KIND[field.kind];
  return z.preprocess(
    (raw) =>
      Array.isArray(raw)
        ? { [shorthand.list]: raw }
        : raw !== null && typeof raw === 'object'
          ? raw
          : { [shorthand.scalar]: raw },
    z.strictObject(shape).refine((c) => Object.keys(c).length > 0, 'a condition needs an operator'),
  );
}

const whenSchema = z.strictObject(
  Object.fromEntries(
    (Object.entries(FACT_FIELDS) as [FactName, FactField][]).map(([name, field]) => [
      name,
      conditionSchema(field).optional(),
    ]),
  ) as Record<FactName, z.ZodOptional<z.ZodType>>,
);

const ruleSchema = z.strictObject({
  name: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'a rule name is lower-case letters, digits and dashes (scams-ignored)'),
  when: whenSchema.default({}),
  decision: z.enum(DECISIONS),
  /** Replaces the explanation built from the conditions. */
  reason: localizedOrText.optional(),
});

/** One template element: one phrasing or several (one is picked per invitation). */
const phrasings = z.preprocess((raw) => (typeof raw === 'string' ? [raw] : raw), z.array(text).min(1));

function variantTemplates(elements: readonly string[]) {
  return z.strictObject(
    Object.fromEntries(
      elements.map((element) => [
        element,
        (element === 'appreciation'
          ? z.strictObject(Object.fromEntries(APPRECIATION_BASES.map((b) => [b, phrasings.optional()])))
          : phrasings
        ).optional(),
      ]),
    ),
  );
}

const localeTemplates = z.strictObject(
  Object.fromEntries(VARIANTS.map((v) => [v, variantTemplates(ELEMENTS[v]).optional()])),
);

export const policySchema = z
  .strictObject({
    version: z.literal(1),
    /** The language of drafts when the note's is unknown, and of the explanations. */
    language: z.enum(LANGS),
    /** What the network is for, as an infinitive phrase: "bâtir un réseau fort" / "build a strong network". */
    goal: localized,
    /** Why this invitation is declined, as a clause: "we have not met in person…". */
    reason: localized,
    /**
     * Why a note that recalls a shared past is declined, as a clause that never denies it: "je ne
     * vous connais pas encore assez bien". Absent: the composer's own wording.
     */
    reasonSharedPast: localized.optional(),
    field: z.strictObject({ keywords: z.array(text) }).default({ keywords: [] }),
    channels: z.array(channelSchema).default([]),
    signature: text,
    network: text.default('linkedin'),
    premium: z.boolean().default(false),
    limits: z
      .record(z.string(), limitsSchema)
      .default({ linkedin: { note: 200, notePremium: 300, message: 8000 } }),
    askFirst: z
      .strictObject({
        delayDays: z.number().int().positive().default(14),
        next: z.enum(DECISIONS).default('decline'),
      })
      .default({ delayDays: 14, next: 'decline' }),
    rules: z.array(ruleSchema).default([]),
    default: z.strictObject({ decision: z.enum(DECISIONS), reason: localizedOrText.optional() }),
    templates: z.strictObject({ fr: localeTemplates.optional(), en: localeTemplates.optional() }).optional(),
  })
  .superRefine((policy, ctx) => {
    if (!policy.limits[policy.network]) {
      ctx.addIssue({
        code: 'custom',
        path: ['network'],
        message: `no limits for network '${policy.network}' (add limits.${policy.network})`,
      });
    }
    const seen = new Set<string>();
    policy.rules.forEach((rule, index) => {
      if (seen.has(rule.name)) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', index, 'name'],
          message: `duplicate rule '${rule.name}'`,
        });
      }
      seen.add(rule.name);
    });
  });
