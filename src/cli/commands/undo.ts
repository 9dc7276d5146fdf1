import { undoLast } from '../../app/triage/index.js';
import { singleLine } from '../../core/inert-text.js';
import { createTranslator } from '../i18n.js';
import { withStore } from '../with-store.js';
import type { RegisterCommand } from './index.js';

/** `ties undo`: takes back the latest change (a decision, a whole --auto run, a reply, an edit). */
export const registerUndo: RegisterCommand = (program, runtime) => {
  program
    .command('undo')
    .description(
      'take back the latest change: a decision, a whole `triage --auto` run, a reply, a draft edit, a review answer, a tag, a segment or a person edit',
    )
    .option('--json', 'print what was undone as JSON (null when nothing was)')
    .action(async (options: { json?: boolean }) => {
      const undone = await withStore(runtime, (store, ownerId) => undoLast(store, ownerId));
      if (options.json) return runtime.json(undone);
      const t = createTranslator(runtime.config.lang);
      runtime.out(
        undone
          ? t('undo.done', { summary: singleLine(undone.summary, 140), changes: undone.changes })
          : t('undo.nothing'),
      );
    });
};
