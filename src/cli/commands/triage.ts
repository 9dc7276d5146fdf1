import type { TFunction } from 'i18next';
import { ownerSigned } from '../../app/policy/owner-signed.js';
import { loadPolicy } from '../../app/policy/policy-file.js';
import {
  type AutoTriageSummary,
  autoTriage,
  decide,
  editDraft,
  loadTriageItem,
  loadTriageQueue,
  type TriageDeps,
  type TriageItem,
  undoLast,
} from '../../app/triage/index.js';
import type { TextReader } from '../../core/classify/types.js';
import type { DecisionKind } from '../../core/labels.js';
import { actionForKey, type TriageActionName } from '../../core/triage-actions.js';
import type { Store } from '../../store/store.js';
import { editInEditor } from '../edit-in-editor.js';
import { EXIT } from '../exit-codes.js';
import { createTranslator } from '../i18n.js';
import { keyReader, type RawInput } from '../key-reader.js';
import type { Runtime } from '../runtime.js';
import { clearScreen, copyToClipboard, hyperlink } from '../terminal-codes.js';
import { renderHelp, renderItem, TERMINAL_KEYS } from '../triage-screen.js';
import { withStore } from '../with-store.js';
import type { RegisterCommand } from './index.js';

interface TriageOptions {
  auto?: boolean;
  dryRun?: boolean;
  json?: boolean;
  policy?: string;
}

/** `ties triage`: one invitation at a time on a terminal, or `--auto` under the policy. */
export const createTriageCommand =
  (reader: TextReader): RegisterCommand =>
  (program, runtime) => {
    program
      .command('triage')
      .description(
        'decide your pending invitations: one key per invitation on a terminal (? lists the keys), or --auto to let your policy decide them all',
      )
      .option('--auto', 'apply the policy to every pending invitation and write the drafts')
      .option('--dry-run', 'with --auto: print what would be decided, write nothing')
      .option('--policy <file>', 'policy file (default: <data dir>/policy.yaml, else the selective preset)')
      .option('--json', 'print the summary (--auto) or the queue as JSON')
      .action(async (options: TriageOptions) => {
        const t = createTranslator(runtime.config.lang);
        const { policy } = await loadPolicy({ file: options.policy, dataDir: runtime.config.dataDir });
        await withStore(runtime, async (store, ownerId) => {
          const deps: TriageDeps = { policy: await ownerSigned(store, ownerId, policy), reader };
          if (options.auto) {
            const summary = await autoTriage(store, ownerId, { ...deps, dryRun: options.dryRun ?? false });
            if (options.json) return runtime.json(summary);
            return printSummary(runtime, t, summary);
          }
          if (options.json) return runtime.json(await loadTriageQueue(store, ownerId, deps));
          if (!(runtime.io.stdin.isTTY && runtime.interactive)) {
            runtime.err(t('triage.notTty'));
            runtime.exitCode = EXIT.usage;
            return;
          }
          await interactiveTriage(runtime, t, store, ownerId, deps);
        });
      });
  };

function printSummary(runtime: Runtime, t: TFunction, s: AutoTriageSummary): void {
  const list = (counts: Record<string, number>) =>
    Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ') || '—';
  runtime.out(t('triage.auto', { count: s.total, dry: s.dryRun ? t('triage.dry') : '' }));
  runtime.out(`  ${t('triage.byDecision', { list: list(s.byDecision) })}`);
  runtime.out(`  ${t('triage.byLabel', { list: list(s.byLabel) })}`);
  if (!s.dryRun) runtime.out(t('triage.drafts', { count: s.drafts }));
}

const DECISION_OF = {
  accept: 'accept',
  decline: 'decline',
  ask: 'ask',
  ignore: 'ignore',
  later: 'later',
} as const satisfies Partial<Record<TriageActionName, DecisionKind>>;

async function interactiveTriage(
  runtime: Runtime,
  t: TFunction,
  store: Store,
  ownerId: number,
  deps: TriageDeps,
): Promise<void> {
  const items: TriageItem[] = await loadTriageQueue(store, ownerId, deps);
  if (items.length === 0) return runtime.out(t('triage.none'));
  const keys = keyReader(runtime.io.stdin as RawInput);
  const write = (text: string) => runtime.io.stdout.write(text);
  let index = 0;
  let message = '';
  let decided = 0;
  const refresh = async (at: number) => {
    const item = items[at];
    if (!item) return;
    const fresh = await loadTriageItem(store, ownerId, item.invitationId, deps);
    if (fresh) items[at] = fresh;
  };
  const copy = (item: TriageItem) => {
    if (item.draft) write(copyToClipboard(item.draft.text));
  };
  const record = async (item: TriageItem, decision: DecisionKind | undefined) => {
    const result = await decide(store, ownerId, { invitationId: item.invitationId, decision }, deps);
    await refresh(index);
    const now = items[index];
    if (now) copy(now);
    decided += 1;
    message = t('triage.recorded', { decision: result.decision });
    index = Math.min(index + 1, items.length - 1);
  };

  const perform: Record<TriageActionName, (item: TriageItem) => Promise<void> | void> = {
    'apply-suggestion': (item) => record(item, undefined),
    accept: (item) => record(item, DECISION_OF.accept),
    decline: (item) => record(item, DECISION_OF.decline),
    ask: (item) => record(item, DECISION_OF.ask),
    ignore: (item) => record(item, DECISION_OF.ignore),
    later: (item) => record(item, DECISION_OF.later),
    next: () => {
      index = Math.min(index + 1, items.length - 1);
    },
    'paste-invitation': () => {
      message = t('add.terminalHint');
    },
    previous: () => {
      index = Math.max(index - 1, 0);
    },
    undo: async () => {
      const undone = await undoLast(store, ownerId);
      if (!undone) {
        message = t('triage.nothingToUndo');
        return;
      }
      const at = items.findIndex((i) => i.invitationId === undone.invitationId);
      if (at >= 0) {
        await refresh(at);
        index = at;
      }
      if (undone.kind === 'decide') decided = Math.max(0, decided - 1);
      message = t('triage.undone', { summary: undone.summary });
    },
    edit: async (item) => {
      keys.suspend();
      const text = editInEditor(item.draft?.text ?? '', runtime.io.env);
      keys.resume();
      if (text === undefined) message = t('triage.editorFailed');
      else {
        await editDraft(store, ownerId, { invitationId: item.invitationId, text }, deps);
        await refresh(index);
      }
    },
    'switch-language': async (item) => {
      const lang = item.draft?.lang === 'fr' ? 'en' : 'fr';
      await editDraft(store, ownerId, { invitationId: item.invitationId, lang }, deps);
      await refresh(index);
    },
    'copy-and-open': (item) => {
      copy(item);
      message = t('triage.copied', { url: item.profileUrl ? hyperlink(item.profileUrl) : '—' });
    },
    help: () => {
      message = renderHelp(t);
    },
  };

  try {
    for (;;) {
      const item = items[index];
      if (!item) break;
      write(
        `${clearScreen}${renderItem(item, index, items.length, t, { lang: runtime.config.lang })}\n${message ? `\n${message}\n` : ''}`,
      );
      message = '';
      const key = await keys.next();
      if (key === undefined || (TERMINAL_KEYS.quit as readonly string[]).includes(key)) break;
      const action = actionForKey(key);
      if (!action) {
        message = t('triage.unknownKey');
        continue;
      }
      await perform[action.name](item);
    }
  } finally {
    keys.close();
  }
  const left = items.filter((i) => i.status === 'pending').length;
  runtime.out(`\n${t('triage.done', { decided, left })}`);
}
