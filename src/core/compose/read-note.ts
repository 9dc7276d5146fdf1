import { singleLine } from '../inert-text.js';
import type { InvitationLabel } from '../labels.js';
import type { ContentKind, Register } from './types.js';

/** Text taken from a stranger, made safe to put inside a draft: one line, no braces, no controls. */
export function inert(text: string, max = 80): string {
  const flat = singleLine(text)
    .replace(/[{}\uFFFD]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : flat.slice(0, max)).replace(/[\s,;:–-]+$/, '');
}

const HONORIFICS = /^(dr|mr|mrs|ms|mme|mlle|m|me|prof|pr)\.?$/i;

/** "Jane" from "Dr. Jane Doe"; undefined when the name holds no usable first name. */
export function firstNameOf(name: string): string | undefined {
  const words = inert(name, 60)
    .split(' ')
    .filter((w) => !HONORIFICS.test(w));
  const first = words[0];
  return first && /\p{L}/u.test(first) ? first.slice(0, 30) : undefined;
}

const TU = /(?:^|[^\p{L}])(?:tu|toi|ton|ta|tes|te|t['’](?=\p{L}))(?=[^\p{L}]|$)/giu;
const VOUS = /(?:^|[^\p{L}])(?:vous|votre|vos)(?=[^\p{L}]|$)/giu;

/** `tu` when a French note addresses the recipient with tu and never with vous; else `vous`. */
export function detectRegister(note: string): Register {
  const tu = note.match(TU)?.length ?? 0;
  const vous = note.match(VOUS)?.length ?? 0;
  return tu > 0 && vous === 0 ? 'tu' : 'vous';
}

export interface MentionedContent {
  kind: ContentKind;
  /** "at" an event, or "about" a topic / a title. */
  relation: 'about' | 'at' | 'title';
  topic: string;
}

const KIND_OF_WORD: Record<string, ContentKind> = {
  article: 'article',
  billet: 'article',
  blog: 'article',
  post: 'post',
  publication: 'post',
  talk: 'talk',
  keynote: 'talk',
  conférence: 'talk',
  conference: 'talk',
  presentation: 'presentation',
  présentation: 'presentation',
  session: 'presentation',
  webinar: 'webinar',
  webinaire: 'webinar',
  podcast: 'podcast',
  balado: 'podcast',
  panel: 'panel',
  workshop: 'workshop',
  atelier: 'workshop',
  book: 'book',
  livre: 'book',
  video: 'video',
  vidéo: 'video',
  newsletter: 'newsletter',
  infolettre: 'newsletter',
};
const WORDS = Object.keys(KIND_OF_WORD).join('|');
const MENTION = [
  new RegExp(
    `\\b(?:your|votre|ton|ta)\\s+(?:(?:recent|latest|last|great|récent|récente|dernier|dernière)\\s+)?(${WORDS})\\s+(?:(on|about|regarding|sur|à propos de|au sujet de|concernant)|(at|à|au|lors de|during))\\s+([^.!?;:,\\n()]{2,80})`,
    'iu',
  ),
  new RegExp(`\\b(?:your|votre|ton|ta)\\s+(${WORDS})\\s*[«"“]\\s*([^»"”\\n]{2,80}?)\\s*[»"”]`, 'iu'),
];
const TOPIC_END = /\s+(?:and|but|which|that|where|et|mais|qui|que|où|car|because|parce)\s.*$/iu;
// Where the stranger's own sentence goes on after the topic ("your post on burnout really resonated
// with me", "ton billet sur le télétravail m'a fait réfléchir"): its verb, adverb or pronoun ends it.
const TOPIC_VERB =
  /\s+(?:really|truly|so|very|totally|was|were|is|are|has|have|had|resonated|helped|inspired|caught|struck|touched|spoke|made|got|gave|i|me|my|it|vraiment|tellement|très|m['’]\S*|j['’]\S*|est|était|sont|a\s+(?:été|fait|changé|touché|beaucoup|vraiment|su|donné)|m['’]a|me|je)(?:\s.*)?$/iu;

/** The article, post, talk or event the note names, if it names one. */
export function mentionedContent(note: string): MentionedContent | undefined {
  const about = MENTION[0]?.exec(note);
  if (about?.[1] && about[4]) {
    const kind = KIND_OF_WORD[about[1].toLowerCase()];
    const topic = inert(about[4].replace(TOPIC_END, '').replace(TOPIC_VERB, ''), 50);
    if (kind && topic.length >= 2) return { kind, relation: about[3] ? 'at' : 'about', topic };
  }
  const titled = MENTION[1]?.exec(note);
  if (titled?.[1] && titled[2]) {
    const kind = KIND_OF_WORD[titled[1].toLowerCase()];
    const topic = inert(titled[2], 50);
    if (kind && topic.length >= 2) return { kind, relation: 'title', topic };
  }
  return undefined;
}

const NAME = "(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)";
const MUTUAL = [
  new RegExp(
    `\\b(?:introduced by|referred by|recommended by|suggested by|on the advice of|de la part de|recommandée? par|référée? par|conseillée? par|présentée? par|sur les conseils de|sur la recommandation de)\\s+${NAME}`,
    'u',
  ),
  new RegExp(
    `${NAME}\\s+(?:suggested|recommended|told me|introduced|m['’]a\\s+(?:suggéré|conseillé|recommandé|parlé|donné|dit))\\b`,
    'u',
  ),
];
const NOT_A_PERSON =
  /^(linkedin|i|we|he|she|they|my|our|il|elle|on|nous|mon|ma|quelqu['’]un|someone|somebody)$/i;

/** A person the note names as the one who put them in touch. Only a named person counts (LABELS.md). */
export function mentionedPerson(note: string): string | undefined {
  for (const pattern of MUTUAL) {
    const name = pattern.exec(note)?.[1];
    if (name && !NOT_A_PERSON.test(name.split(/\s+/)[0] ?? '')) return inert(name, 40);
  }
  return undefined;
}

const wordCount = (text: string): number => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/** A personalized note: the classifier says it refers to a shared past or states a reason, in words. */
export function isPersonalized(label: InvitationLabel, note: string): boolean {
  return (label === 'known' || label === 'purpose') && wordCount(note) >= 5;
}
