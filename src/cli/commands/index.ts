import type { Command } from 'commander';
import type { Runtime } from '../runtime.js';
import { registerClassify } from './classify.js';

/** A verb of the `ties` command: one file each, registered here. */
export type RegisterCommand = (program: Command, runtime: Runtime) => void;

export const COMMANDS: RegisterCommand[] = [registerClassify];
