import type { Command } from 'commander';
import type { TextReader } from '../../core/classify/types.js';
import type { Runtime } from '../runtime.js';
import { createAddCommand } from './add.js';
import { registerClassify } from './classify.js';
import { createComposeCommand } from './compose.js';
import { registerDemo } from './demo.js';
import { registerDrafts } from './drafts.js';
import { registerExport } from './export.js';
import { registerFollowups } from './followups.js';
import { registerForget } from './forget.js';
import { registerImport } from './import.js';
import { registerInvitations } from './invitations.js';
import { registerLog } from './log.js';
import { registerNetworkExposure } from './network-exposure.js';
import { registerNetworkRemovals } from './network-removals.js';
import { registerNetworkReview } from './network-review.js';
import { registerNetworkStrength } from './network-strength.js';
import { registerPolicy } from './policy.js';
import { createRepliesCommand } from './replies.js';
import { createReplyCommand } from './reply.js';
import { registerReset } from './reset.js';
import { registerSegment } from './segment.js';
import { registerServe } from './serve.js';
import { registerStats } from './stats.js';
import { registerTag } from './tag.js';
import { registerTeam } from './team.js';
import { createTriageCommand } from './triage.js';
import { registerUndo } from './undo.js';

/** A verb of the `ties` command: one file each, registered here. */
export type RegisterCommand = (program: Command, runtime: Runtime) => void;

export const COMMANDS: RegisterCommand[] = [
  registerImport,
  registerDemo,
  registerInvitations,
  registerExport,
  registerForget,
  registerReset,
  registerPolicy,
  registerNetworkStrength,
  registerNetworkReview,
  registerNetworkRemovals,
  registerNetworkExposure,
  registerTag,
  registerSegment,
  registerStats,
  registerServe,
  registerTeam,
  registerClassify,
  registerLog,
  registerUndo,
  registerFollowups,
  registerDrafts,
];

/** The verbs that read text (classify notes and replies): registered once a reader is given to `main`. */
export const readerCommands = (reader: TextReader): RegisterCommand[] => [
  createComposeCommand(reader),
  createTriageCommand(reader),
  createAddCommand(reader),
  createReplyCommand(reader),
  createRepliesCommand(reader),
];
