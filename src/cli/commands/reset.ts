import { resetOwnerData } from '../../app/data/reset-data.js';
import { StrongtiesError } from '../../core/errors.js';
import { createTranslator } from '../i18n.js';
import { confirmed } from '../terminal-lines.js';
import { withStore } from '../with-store.js';
import { printErasure } from './forget.js';
import type { RegisterCommand } from './index.js';

export const registerReset: RegisterCommand = (program, runtime) => {
  program
    .command('reset')
    .description('Remove all of your data; the data directory stays, empty and ready for a new import.')
    .option('--yes', 'do not ask for confirmation')
    .option('--json', 'print what was removed as JSON')
    .action(async (options: { yes?: boolean; json?: boolean }) => {
      const t = createTranslator(runtime.config.lang);
      if (!(await confirmed(runtime, t('data.confirmReset'), options.yes))) {
        throw new StrongtiesError('usage', t('data.notConfirmed'));
      }
      const summary = await withStore(runtime, (store, ownerId) => resetOwnerData(store, ownerId));
      printErasure(runtime, summary, options.json);
    });
};
