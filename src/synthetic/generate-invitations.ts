import type { InvitationLabel, Lang } from '../core/labels.js';
import { csvRow, formatUsDateTime } from './csv-write.js';
import { fillNote, NOTE_TEMPLATES } from './invitation-notes.js';
import { fullName, type Person } from './people.js';
import type { Random } from './prng.js';
import { CITIES, EVENTS, FIRST_NAMES, LANG_OF_LOCALE, TOPICS } from './vocabulary.js';

export interface PlannedInvitation {
  other: Person;
  direction: 'incoming' | 'outgoing';
  intent: InvitationLabel;
  lang: Lang;
  sentAt: number;
  note: string;
  fromConnection: boolean;
}

const INTENTS: readonly [InvitationLabel, number][] = [
  ['none', 0.3],
  ['generic', 0.3],
  ['known', 0.12],
  ['purpose', 0.12],
  ['pitch', 0.1],
  ['scam', 0.06],
];

function pickIntent(random: Random): InvitationLabel {
  let roll = random.next();
  for (const [intent, weight] of INTENTS) {
    roll -= weight;
    if (roll < 0) return intent;
  }
  return 'generic';
}

export function incomingNote(random: Random, intent: InvitationLabel, sender: Person, owner: Person): string {
  if (intent === 'none') return '';
  const lang = LANG_OF_LOCALE[sender.locale];
  const note = fillNote(random.pick(NOTE_TEMPLATES[lang][intent]), {
    first: owner.firstName,
    company: sender.company,
    event: random.pick(EVENTS[lang]),
    topic: random.pick(TOPICS[lang]),
    city: random.pick(CITIES[sender.locale]),
    friend: `${random.pick(FIRST_NAMES[sender.locale])}`,
  });
  // Some notes run over two lines, as LinkedIn allows.
  return random.chance(0.1) ? note.replace(/([.!?]) /, '$1\n') : note;
}

export function planInvitation(
  random: Random,
  other: Person,
  owner: Person,
  direction: 'incoming' | 'outgoing',
  sentAt: number,
  fromConnection: boolean,
): PlannedInvitation {
  const intent = direction === 'incoming' ? pickIntent(random) : 'none';
  const note =
    direction === 'incoming'
      ? incomingNote(random, intent, other, owner)
      : random.chance(0.3)
        ? `Bonjour ${other.firstName}, ravi de vous ajouter.`
        : '';
  return { other, direction, intent, lang: LANG_OF_LOCALE[other.locale], sentAt, note, fromConnection };
}

export const INVITATIONS_HEADER = ['From', 'To', 'Sent At', 'Message', 'Direction'];
export const INVITATION_URL_COLUMNS = ['inviterProfileUrl', 'inviteeProfileUrl'];

export function invitationRow(invitation: PlannedInvitation, owner: Person, withUrls: boolean): string {
  const incoming = invitation.direction === 'incoming';
  const [from, to] = incoming ? [invitation.other, owner] : [owner, invitation.other];
  const fields = [
    fullName(from),
    fullName(to),
    formatUsDateTime(invitation.sentAt, false),
    invitation.note,
    incoming ? 'INCOMING' : 'OUTGOING',
  ];
  if (withUrls) fields.push(from.rawUrl, to.rawUrl);
  return csvRow(fields, false);
}
