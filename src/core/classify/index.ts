/**
 * Language detection and intent classification of invitation notes and replies (DESIGN.md section
 * 5, LABELS.md). Pure: the trained models are data imported with the code; `npm run train`
 * regenerates them from corpus/.
 */

import type { InvitationLabel, ReplyLabel } from '../labels.js';
import { classifyWith } from './classify-text.js';
import { detectLanguage } from './detect-language.js';
import { type LinearModel, loadModel, type ModelArtifact } from './model.js';
import invitationArtifact from './models/invitation.json' with { type: 'json' };
import replyArtifact from './models/reply.json' with { type: 'json' };
import { EMPTY_NOTE_SIGNAL } from './signal-words.js';
import type { InvitationClassification, ReplyClassification, TextReader } from './types.js';

export { describeSignal, EMPTY_NOTE_SIGNAL, SIGNAL_WORDS, signalsFrom } from './signal-words.js';
export { signalsJson, storedClassification } from './stored-classification.js';
export type {
  Classification,
  InvitationClassification,
  ReplyClassification,
  Signal,
  TextReader,
} from './types.js';
export { detectLanguage };

// Building a model's lookup table is the costly part of loading: done on first use, per kind.
let invitationModel: LinearModel | undefined;
let replyModel: LinearModel | undefined;

const EMPTY_NOTE: InvitationClassification = {
  label: 'none',
  lang: 'unknown',
  confidence: 1,
  unsure: false,
  between: [],
  signals: [EMPTY_NOTE_SIGNAL],
};

/** Labels an invitation note; an empty or blank note is `none` with confidence 1, and only it. */
export function classifyInvitation(text: string): InvitationClassification {
  if (text.trim() === '') return { ...EMPTY_NOTE, between: [], signals: [...EMPTY_NOTE.signals] };
  invitationModel ??= loadModel(invitationArtifact as ModelArtifact);
  return classifyWith<InvitationLabel>(invitationModel, text, detectLanguage(text));
}

/** Labels a reply to a decline or to "how can I be useful to you?". */
export function classifyReply(text: string): ReplyClassification {
  replyModel ??= loadModel(replyArtifact as ModelArtifact);
  return classifyWith<ReplyLabel>(replyModel, text, detectLanguage(text));
}

/** The trained reader, for code that depends on the `TextReader` interface. */
export const textReader: TextReader = { detectLanguage, classifyInvitation, classifyReply };
