import type { TFunction } from 'i18next';
import { en } from './locales/en.js';

type RuleKey = keyof typeof en.names.rules;
const isPresetRule = (name: string): name is RuleKey => Object.hasOwn(en.names.rules, name);

/**
 * The rule a suggestion names, as the user reads it: a preset's rule in the interface language, the
 * user's own rule name as written (their text: not translated), the default as "no rule matched",
 * with a link that opens the policy editor on that rule.
 */
export function RuleName({ t, rule, matched }: { t: TFunction; rule: string; matched: boolean }) {
  const href = `/policy?rule=${encodeURIComponent(matched ? rule : 'default')}`;
  const name = !matched ? (
    t('names.defaultRule')
  ) : isPresetRule(rule) ? (
    t('triage.rule', { rule: t(`names.rules.${rule}`) })
  ) : (
    <>
      {t('triage.rule', { rule: '\u0000' }).split('\u0000')[0]}
      <bdi translate="no">{rule}</bdi>
      {t('triage.rule', { rule: '\u0000' }).split('\u0000')[1]}
    </>
  );
  return (
    <span className="rule-name">
      {name} · <a href={href}>{t('names.seeRule')}</a>
    </span>
  );
}
