import { ownerSigned } from '../../app/policy/owner-signed.js';
import { loadPolicy } from '../../app/policy/policy-file.js';
import { detectReplies, listReplies } from '../../app/triage/index.js';
import type { TextReader } from '../../core/classify/types.js';
import { neutralizeText, singleLine } from '../../core/inert-text.js';
import { createTranslator } from '../i18n.js';
import { withStore } from '../with-store.js';
import type { RegisterCommand } from './index.js';

/** `ties replies`: what people answered, classified, with the suggestion; looks for new ones first. */
export const createRepliesCommand =
  (reader: TextReader): RegisterCommand =>
  (program, runtime) => {
    program
      .command('replies')
      .description('replies to your declines and asks, newest first, with their class and what to do next')
      .option('--policy <file>', 'policy file (default: <data dir>/policy.yaml, else the selective preset)')
      .option('--json', 'print a JSON array')
      .action(async (options: { policy?: string; json?: boolean }) => {
        const { policy } = await loadPolicy({ file: options.policy, dataDir: runtime.config.dataDir });
        const replies = await withStore(runtime, async (store, ownerId) => {
          // Messages imported before the decision was recorded are read here (idempotent).
          const signed = await ownerSigned(store, ownerId, policy);
          await store.transaction((trx) =>
            detectReplies(trx, store.dialect, ownerId, { policy: signed, reader }),
          );
          return listReplies(store, ownerId);
        });
        if (options.json) return runtime.json(replies);
        const t = createTranslator(runtime.config.lang);
        if (replies.length === 0) return runtime.out(t('replies.none'));
        for (const r of replies) {
          runtime.out('');
          runtime.out(
            t('replies.line', {
              date: r.receivedAt.slice(0, 10),
              name: singleLine(r.name, 60),
              label: r.label,
              confidence: Math.round(r.confidence * 100),
              suggestion: r.suggestion,
            }),
          );
          runtime.out(neutralizeText(r.text).replace(/^/gm, '    │ '));
          if (r.draft) runtime.out(neutralizeText(r.draft.text).replace(/^/gm, '    > '));
        }
      });
  };
