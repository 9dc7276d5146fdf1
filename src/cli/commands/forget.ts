import type { ErasureSummary } from '../../app/data/erasure-summary.js';
import { forgetPerson } from '../../app/data/forget-person.js';
import { StrongtiesError } from '../../core/errors.js';
import { singleLine } from '../../core/inert-text.js';
import { createTranslator } from '../i18n.js';
import type { Runtime } from '../runtime.js';
import { confirmed } from '../terminal-lines.js';
import { withStore } from '../with-store.js';
import type { RegisterCommand } from './index.js';

export const registerForget: RegisterCommand = (program, runtime) => {
  program
    .command('forget')
    .description('Remove one person and everything about them (messages, invitations, drafts…).')
    .argument('<person-url>', 'their profile URL in any form (or their exact name when you have no URL)')
    .option('--yes', 'do not ask for confirmation')
    .option('--json', 'print what was removed as JSON')
    .action(async (target: string, options: { yes?: boolean; json?: boolean }) => {
      const t = createTranslator(runtime.config.lang);
      if (
        !(await confirmed(runtime, t('data.confirmForget', { person: singleLine(target, 120) }), options.yes))
      ) {
        throw new StrongtiesError('usage', t('data.notConfirmed'));
      }
      const summary = await withStore(runtime, (store, ownerId) => forgetPerson(store, ownerId, target));
      printErasure(runtime, summary, options.json);
    });
};

/** `people 1, messages 12` — what an export wrote or an erasure removed. */
export function formatCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([table, n]) => `${table} ${n}`)
    .join(', ');
}

export function printErasure(runtime: Runtime, summary: ErasureSummary, json: boolean | undefined): void {
  if (json) {
    runtime.json(summary);
    return;
  }
  const t = createTranslator(runtime.config.lang);
  if (Object.keys(summary.removed).length === 0) runtime.out(t('data.nothing'));
  else runtime.out(t('data.removed', { counts: formatCounts(summary.removed) }));
  if (Object.keys(summary.tombstoned).length > 0)
    runtime.out(t('data.tombstoned', { counts: formatCounts(summary.tombstoned) }));
  if (Object.keys(summary.scrubbed).length > 0)
    runtime.out(t('data.scrubbed', { counts: formatCounts(summary.scrubbed) }));
  if (summary.namesakes !== undefined) runtime.out(t('data.namesakes', { count: summary.namesakes }));
  if (summary.ambiguous !== undefined)
    runtime.out(t('data.ambiguousKept', { counts: formatCounts(summary.ambiguous) }));
}
