import { listLog } from '../../app/triage/index.js';
import { singleLine } from '../../core/inert-text.js';
import { createTranslator } from '../i18n.js';
import { withStore } from '../with-store.js';
import type { RegisterCommand } from './index.js';

/** `ties log`: every change triage made, newest first; undone ones marked. */
export const registerLog: RegisterCommand = (program, runtime) => {
  program
    .command('log')
    .description('every decision, draft edit, reply and undo, newest first (--person: one person’s story)')
    .option('--person <url>', 'only the changes about the person at this profile URL')
    .option('--limit <n>', 'at most n entries', (v) => Number.parseInt(v, 10))
    .option('--json', 'print a JSON array')
    .action(async (options: { person?: string; limit?: number; json?: boolean }) => {
      const entries = await withStore(runtime, (store, ownerId) =>
        listLog(store, ownerId, { profileUrl: options.person, limit: options.limit }),
      );
      if (options.json) return runtime.json(entries);
      const t = createTranslator(runtime.config.lang);
      if (entries.length === 0) return runtime.out(t('log.none'));
      for (const e of entries)
        runtime.out(
          `${e.at.slice(0, 16).replace('T', ' ')}  ${e.kind.padEnd(10)} ${singleLine(e.summary, 140)}${e.undone ? t('log.undone') : ''}`,
        );
    });
};
