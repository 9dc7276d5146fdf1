import { ownerSigned } from '../app/policy/owner-signed.js';
import type { PolicySource } from '../app/policy/policy-source.js';
import {
  decide,
  editDraft,
  followUps,
  listFlagged,
  listReplies,
  loadTriageItem,
  loadTriagePage,
  previewUndo,
  type TriageDeps,
  type TriageItem,
  undoBatch,
} from '../app/triage/index.js';
import type { TextReader } from '../core/classify/types.js';
import { draftLimit } from '../core/compose/index.js';
import { type Policy, PRESETS, parsePolicy, settingsOf, withSettings } from '../core/policy/index.js';
import type { Store } from '../store/store.js';
import type { TriageItemView, TriageServices } from './triage-types.js';

const withLimit = (policy: Policy, item: TriageItem): TriageItemView => ({
  ...item,
  draftLimit: item.draft ? draftLimit(policy, item.draft.variant as never) : null,
});

/**
 * The triage use cases for one owner. The policy is read from its source on every call, so an edit
 * made in the policy editor, the settings page or a text editor applies at the next key.
 */
export function triageServices(
  store: Store,
  ownerId: number,
  options: { policies: PolicySource; reader: TextReader },
): TriageServices {
  const { policies } = options;
  const deps = async (): Promise<TriageDeps> => ({
    policy: await ownerSigned(store, ownerId, await policies.load()),
    reader: options.reader,
    now: new Date(),
  });
  return {
    async page(window) {
      const d = await deps();
      const { total, items } = await loadTriagePage(store, ownerId, window, d);
      return { total, offset: window.offset, items: items.map((item) => withLimit(d.policy, item)) };
    },
    decide: async (input) => decide(store, ownerId, input, await deps()),
    previewUndo: (batch) => previewUndo(store, ownerId, batch),
    async undo(batch) {
      const undone = await undoBatch(store, ownerId, batch);
      if (!undone?.invitationId) return { undone, item: null };
      const d = await deps();
      const item = await loadTriageItem(store, ownerId, undone.invitationId, d);
      return { undone, item: item && item.decision === null ? withLimit(d.policy, item) : null };
    },
    editDraft: async (input) => editDraft(store, ownerId, input, await deps()),
    async dueAsks() {
      const { due, asks } = await followUps(store, ownerId, await deps());
      return { due, asks };
    },
    replies: () => listReplies(store, ownerId),
    flagged: () => listFlagged(store, ownerId),
    policy: async () => ({ ...(await policies.readText()), presets: { ...PRESETS } }),
    async savePolicy(text) {
      const result = await policies.save(text);
      return result.ok ? { saved: true } : { saved: false, errors: result.errors };
    },
    settings: async () => settingsOf((await deps()).policy),
    async saveSettings(settings) {
      const { text } = await policies.readText();
      const current = parsePolicy(text);
      const network = current.ok ? current.value.network : 'linkedin';
      const result = await policies.save(withSettings(text, network, settings));
      return result.ok
        ? { saved: true, settings: settingsOf(result.value) }
        : { saved: false, errors: result.errors };
    },
  };
}
