/** The composer: drafts in the method's three elements, in French and English, within the limits. */

export {
  APPRECIATION_BASES,
  type AppreciationBasis,
  ELEMENTS,
  VARIANTS,
  type Variant,
} from '../policy/variants.js';
export {
  type AnswerOptions,
  answerInvitation,
  type ComposeAnswer,
  type ComposeLine,
  composeLineSchema,
  parseComposeLine,
  VARIANT_OF_DECISION,
} from './answer-invitation.js';
export { type Appreciation, chooseAppreciation } from './appreciation.js';
export { clipWords, composeDraft, TEMPLATES } from './compose-draft.js';
export { draftLimit } from './draft-limit.js';
export { detectRegister, firstNameOf, mentionedContent, mentionedPerson } from './read-note.js';
export { isPlaceholderSignature, signatureFor } from './signature.js';
export type { ComposeOptions, Draft, InvitationInput, PartName, Register, Templates } from './types.js';
