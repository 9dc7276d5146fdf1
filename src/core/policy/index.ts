/** The policy: the user's written goal and rules, read from YAML, applied to one invitation. */
export { channelsFromProfile, withProfile } from './channels-from-profile.js';
export { evaluatePolicy, headlineInField } from './evaluate-policy.js';
export { extendPolicyText } from './extend-policy.js';
export {
  FACT_FIELDS,
  FACT_NAMES,
  type FactName,
  FLAGS,
  type Flag,
  factsOf,
  type InvitationFacts,
} from './facts.js';
export { OPERATORS, type Operator } from './operators.js';
export { formatPolicyError, type PolicyParseResult, parsePolicy } from './parse-policy.js';
export { editPolicyText, type PolicySettings, settingsOf, withSettings } from './policy-settings.js';
export { isPresetName, PRESET_NAMES, PRESETS, type PresetName } from './presets/index.js';
export { CHANNEL_KINDS, type ChannelKind, policySchema } from './schema.js';
export type {
  Channel,
  Localized,
  OwnerName,
  Policy,
  PolicyDecision,
  PolicyError,
  PolicyRule,
} from './types.js';
