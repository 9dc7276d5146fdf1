import type { Command } from 'commander';
import { textReader } from '../../core/classify/index.js';
import type { Runtime } from '../runtime.js';
import { registerAdd } from './add.js';
import { registerClassify } from './classify.js';
import { createComposeCommand } from './compose.js';
import { registerDemo } from './demo.js';
import { registerExport } from './export.js';
import { registerForget } from './forget.js';
import { registerImport } from './import.js';
import { registerInvitations } from './invitations.js';
import { registerNetworkExposure } from './network-exposure.js';
import { registerNetworkRemovals } from './network-removals.js';
import { registerNetworkReview } from './network-review.js';
import { registerNetworkStrength } from './network-strength.js';
import { registerPolicy } from './policy.js';
import { registerReset } from './reset.js';
import { registerSegment } from './segment.js';
import { registerServe } from './serve.js';
import { registerStats } from './stats.js';
import { registerTag } from './tag.js';

/** A verb of the `ties` command: one file each, registered here. */
export type RegisterCommand = (program: Command, runtime: Runtime) => void;

export const COMMANDS: RegisterCommand[] = [
  registerImport,
  registerDemo,
  registerInvitations,
  registerAdd,
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
  registerClassify,
  createComposeCommand(textReader),
];
