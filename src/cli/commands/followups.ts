import { ownerSigned } from '../../app/policy/owner-signed.js';
import { loadPolicy } from '../../app/policy/policy-file.js';
import { followUps } from '../../app/triage/index.js';
import { neutralizeText, singleLine } from '../../core/inert-text.js';
import { createTranslator } from '../i18n.js';
import { withStore } from '../with-store.js';
import type { RegisterCommand } from './index.js';

/** `ties followups`: asks past due without an answer, with the policy's next step. */
export const registerFollowups: RegisterCommand = (program, runtime) => {
  program
    .command('followups')
    .description(
      'asks past their due date without an answer, each with the policy’s next step, and the answer rate',
    )
    .option('--apply', 'record the next steps (one batch: `ties undo` takes it back)')
    .option('--policy <file>', 'policy file (default: <data dir>/policy.yaml, else the selective preset)')
    .option('--json', 'print the result as JSON')
    .action(async (options: { apply?: boolean; policy?: string; json?: boolean }) => {
      const { policy } = await loadPolicy({ file: options.policy, dataDir: runtime.config.dataDir });
      const result = await withStore(runtime, async (store, ownerId) =>
        followUps(store, ownerId, {
          policy: await ownerSigned(store, ownerId, policy),
          apply: options.apply ?? false,
        }),
      );
      if (options.json) return runtime.json(result);
      const t = createTranslator(runtime.config.lang);
      const { total, answered, rate } = result.asks;
      runtime.out(
        t('followups.rate', { total, answered, rate: rate === null ? '—' : `${Math.round(rate * 100)}%` }),
      );
      if (result.due.length === 0) return runtime.out(t('followups.none'));
      for (const due of result.due) {
        runtime.out('');
        runtime.out(
          t('followups.due', {
            name: singleLine(due.name, 60),
            asked: due.askedAt.slice(0, 10),
            due: due.dueAt.slice(0, 10),
            next: due.next,
          }),
        );
        if (due.profileUrl) runtime.out(`    ${singleLine(due.profileUrl)}`);
        if (due.draft) runtime.out(neutralizeText(due.draft.text).replace(/^/gm, '    '));
      }
      if (result.applied > 0) runtime.out(`\n${t('followups.applied', { count: result.applied })}`);
    });
};
