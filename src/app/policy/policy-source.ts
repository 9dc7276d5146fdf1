import type { Policy, PolicyParseResult } from '../../core/policy/index.js';
import { loadPolicy, readPolicyText, savePolicyText } from './policy-file.js';

/**
 * Where one user's policy lives: the `policy.yaml` of the data directory on a single-user machine,
 * the database on the team server (src/app/team/team-policy.ts, which extends the team's policy).
 * Read on every call, so an edit applies at the next key.
 */
export interface PolicySource {
  load(): Promise<Policy>;
  /** The text the editor shows, and where it comes from (a file, a preset, the team). */
  readText(): Promise<{ text: string; source: string }>;
  /** Saves the text only when the policy it gives is valid; the located errors come back as a value. */
  save(text: string): Promise<PolicyParseResult>;
}

export const filePolicySource = (dataDir: string): PolicySource => ({
  load: async () => (await loadPolicy({ dataDir })).policy,
  readText: () => readPolicyText(dataDir),
  save: (text) => savePolicyText(dataDir, text),
});
