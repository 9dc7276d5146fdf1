import type { TFunction } from 'i18next';
import type { TriageItem } from '../app/triage/index.js';
import { describeSignal } from '../core/classify/signal-words.js';
import { neutralizeText, singleLine } from '../core/inert-text.js';
import type { Lang } from '../core/labels.js';
import { TRIAGE_ACTIONS } from '../core/triage-actions.js';
import { hyperlink } from './terminal-codes.js';

/** Keys only the terminal has: the web app closes its tab instead. */
export const TERMINAL_KEYS = { quit: ['q', '\u0003', '\u0004'] } as const;

const indent = (text: string, pad = '    ') =>
  text
    .split('\n')
    .map((line) => `${pad}${line}`)
    .join('\n');

/**
 * One invitation as the terminal shows it. Every stranger's text (name, headline, note, signals, and
 * the draft that quotes their name) goes through `neutralizeText`: no escape sequence or
 * bidirectional override reaches the terminal.
 */
export function renderItem(
  item: TriageItem,
  index: number,
  count: number,
  t: TFunction,
  options: { keyHints?: boolean; lang: Lang },
): string {
  const lines: string[] = [];
  const headline = item.headline ? ` — ${singleLine(item.headline, 80)}` : '';
  lines.push(
    `${t('triage.position', { index: index + 1, count })} ${singleLine(item.name || '?', 60)}${headline}`,
  );
  lines.push(`    ${item.sentAt.slice(0, 10)}${item.profileUrl ? ` · ${hyperlink(item.profileUrl)}` : ''}`);
  const earlier = item.earlier[0];
  if (earlier)
    lines.push(
      `  ! ${t('triage.earlier', { decision: t(`decided.${earlier.decision}`), date: earlier.decidedAt.slice(0, 10) })}`,
    );
  if (item.flag) lines.push(`  ! ${t('triage.flag', { flag: item.flag })}`);
  lines.push('');
  lines.push(
    item.note.trim() === ''
      ? `    ${t('triage.noNote')}`
      : indent(neutralizeText(item.note.trim()), '    │ '),
  );
  lines.push('');
  const c = item.classification;
  lines.push(
    `  ${t('triage.label', { label: c.label, confidence: Math.round(c.confidence * 100), lang: c.lang })}`,
  );
  if (c.unsure) lines.push(`  ? ${t('classifier.unsure', { between: c.between.join(' / ') })}`);
  if (c.signals.length > 0)
    lines.push(
      `  ${t('triage.signals', {
        signals: singleLine(
          c.signals
            .slice(0, 3)
            .map((s) => describeSignal(s, options.lang))
            .join('; '),
          160,
        ),
      })}`,
    );
  lines.push(
    `  ${t('triage.suggestion', { decision: t(`actions.${item.suggestion.decision}`), reason: singleLine(reasonLine(t, item.suggestion), 200) })}`,
  );
  lines.push(`  ${t('triage.status', { status: item.status })}`);
  lines.push('');
  if (item.draft) {
    const d = item.draft;
    const edited = d.edited ? t('triage.edited') : '';
    lines.push(`  ${t('triage.draft', { variant: d.variant, lang: d.lang, length: d.length, edited })}`);
    lines.push(indent(neutralizeText(d.text)));
  } else lines.push(`  ${t('triage.noDraft')}`);
  if (options.keyHints !== false) {
    lines.push('');
    lines.push(`  ${keyHints()}`);
  }
  return lines.join('\n');
}

const KEY_NAMES: Record<string, string> = { ArrowDown: '↓', ArrowUp: '↑', Enter: '⏎' };
const shown = (keys: readonly string[]) => keys.map((k) => KEY_NAMES[k] ?? k).join('/');

/** The one-line reminder under each invitation, from the registry. */
export function keyHints(): string {
  return `${TRIAGE_ACTIONS.map((a) => `${shown(a.keys)} ${a.name}`).join(' · ')} · q quit`;
}

/** The help screen, generated from the registry so it cannot drift from the keys that work. */
export function renderHelp(t: TFunction): string {
  const rows = TRIAGE_ACTIONS.map((a) => `  ${shown(a.keys).padEnd(8)} ${t(a.labelKey)}`);
  rows.push(`  ${'q'.padEnd(8)} ${t('triage.quit')}`);
  return `${t('triage.keys')}:\n${rows.join('\n')}`;
}

/** The rule and why in the terminal's language (the policy's `language` only chooses the drafts'). */
function reasonLine(t: TFunction, s: TriageItem['suggestion']): string {
  const lang = t('meta.lang') === 'fr' ? 'fr' : 'en';
  const rule = s.matched ? t('triage.rule', { rule: s.rule }) : t('triage.defaultRule');
  return t('triage.ruleWhy', { rule, why: s.why[lang] });
}
