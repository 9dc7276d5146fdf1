import { ARGUE_FIRST } from './argue-first.js';
import { ASK_FIRST } from './ask-first.js';
import { FIELD_OPEN } from './field-open.js';
import { OPEN_NETWORKER } from './open-networker.js';
import { SELECTIVE } from './selective.js';

/** The method's policies (DESIGN.md section 6), as the commented YAML `ties policy init` writes. */
export const PRESETS = {
  selective: SELECTIVE,
  'field-open': FIELD_OPEN,
  'open-networker': OPEN_NETWORKER,
  'ask-first': ASK_FIRST,
  'argue-first': ARGUE_FIRST,
} as const;
export type PresetName = keyof typeof PRESETS;
export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];
export const isPresetName = (name: string): name is PresetName => Object.hasOwn(PRESETS, name);
