import { DAY } from '../core/durations.js';
import type { InvitationLabel } from '../core/labels.js';
import type { LinkedinFileKind } from '../core/linkedin-records.js';
import { csvRow, formatConnectedOn, formatEndorsementDate, formatUsDateTime } from './csv-write.js';
import {
  INVITATION_URL_COLUMNS,
  INVITATIONS_HEADER,
  invitationRow,
  planInvitation,
} from './generate-invitations.js';
import {
  MESSAGES_HEADER,
  type MessagePlan,
  splitIntoConversations,
  writeMessageRows,
} from './generate-messages.js';
import { fullName, makePerson, type Person } from './people.js';
import { Random } from './prng.js';
import { type PlantedReplyKind, REPLY_TEXTS } from './reply-texts.js';
import { LANG_OF_LOCALE, SKILLS } from './vocabulary.js';

export interface LaterExportOptions {
  removeConnections?: number;
  changeCompanies?: number;
  addConnections?: number;
  newMessages?: number;
  /** Messages from senders of pending incoming invitations, as if they answered a decline. */
  replies?: number;
  /** Answers with planted texts (reply-texts.ts) from senders of pending, non-scam invitations. */
  replyKinds?: { need?: number; pitch?: number };
  /** A new invitation from each of the first n people who answered with `replyKinds`. */
  secondInvitations?: number;
}

export interface GenerateExportOptions {
  seed: number;
  connections?: number;
  messages?: number;
  invitations?: number;
  endorsements?: number;
  recommendations?: number;
  /** `2026`: today's format; `legacy`: no Connections preamble or URL column, no invitation URLs. */
  era?: '2026' | 'legacy';
  /** Derive the export the same network would give some weeks later. */
  later?: LaterExportOptions;
}

export interface GeneratedFile {
  path: string;
  content: string | Buffer;
}

export interface ExportTruth {
  owner: { firstName: string; lastName: string; name: string; profileUrl: string };
  /** Records each kind must yield when the export is read. */
  counts: Record<LinkedinFileKind, number>;
  hiddenConnections: number;
  pendingIncoming: number;
  incomingByIntent: Record<InvitationLabel, number>;
  /** Normalised profile URLs of incoming invitations' senders who are already connections. */
  invitationsFromConnections: string[];
  /** Many recent reciprocal messages and a recommendation. */
  strongTies: string[];
  /** Never a message, connected long ago. */
  weakTies: string[];
  skippedFiles: string[];
  later?: {
    removed: string[];
    changedCompany: string[];
    added: string[];
    newMessages: number;
    replies: number;
    /** Who answered with a planted text, and its kind. */
    replied: { url: string; kind: PlantedReplyKind }[];
    /** Senders of a second invitation. */
    reinvited: string[];
  };
}

export interface GeneratedExport {
  /** A file name like LinkedIn's, e.g. `Basic_LinkedInDataExport_11-24-2026.zip`. */
  name: string;
  files: GeneratedFile[];
  truth: ExportTruth;
}

const YEAR = 365 * DAY;
const CONNECTIONS_PREAMBLE =
  'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"\n\n';

interface Connection extends Person {
  connectedOn: number;
  hidden: boolean;
}

/** A deterministic LinkedIn export with the real format's quirks and a record of what was planted. */
export function generateLinkedinExport(options: GenerateExportOptions): GeneratedExport {
  const era = options.era ?? '2026';
  const modern = era === '2026';
  const later = options.later;
  const baseDate = Date.UTC(modern ? 2026 : 2019, modern ? 10 : 4, modern ? 24 : 1, 9);
  const exportDate = later === undefined ? baseDate : baseDate + 45 * DAY;
  const random = new Random(options.seed);
  const nConnections = options.connections ?? 200;
  const owner = makePerson(random.fork(0), 0);

  // The same seed gives the same people: person i comes from its own stream of draws.
  const peopleRandom = random.fork(1);
  const person = (i: number): Person => makePerson(peopleRandom.fork(i), i + 1);
  const nStrong = nConnections === 0 ? 0 : Math.max(1, Math.round(nConnections * 0.03));
  const nWeak = nConnections < 2 ? 0 : Math.max(1, Math.round(nConnections * 0.05));
  const dates = random.fork(2);
  let connections: Connection[] = Array.from({ length: nConnections }, (_, i) => {
    const weak = i >= nStrong && i < nStrong + nWeak;
    const age = weak ? 8 * YEAR + dates.int(4 * YEAR) : dates.int(7 * YEAR);
    const hidden = i >= nStrong + nWeak && dates.chance(0.01);
    return { ...person(i), connectedOn: baseDate - age, hidden };
  });
  const strong = connections.slice(0, nStrong);
  const weak = connections.slice(nStrong, nStrong + nWeak);
  const others = connections.slice(nStrong + nWeak).filter((c) => !c.hidden);

  // Messages: 40% with the strong ties in the last 90 days, the rest spread over the others.
  const messageRandom = random.fork(3);
  const nMessages = options.messages ?? 1000;
  const strongShare = strong.length > 0 ? Math.floor(nMessages * 0.4) : 0;
  const plans: MessagePlan[] = [];
  splitIntoConversations(messageRandom, strongShare, 12).forEach((count, i) => {
    plans.push({ with: strong[i % strong.length], count, from: baseDate - 90 * DAY, to: baseDate });
  });
  for (const count of splitIntoConversations(messageRandom, nMessages - strongShare, 6)) {
    const roll = messageRandom.next();
    const contact = others.length === 0 || roll < 0.02 ? undefined : messageRandom.pick(others);
    plans.push({ with: contact, count, from: baseDate - 6 * YEAR, to: baseDate, sponsored: roll < 0.01 });
  }

  // Invitations: most incoming from strangers, a few from people already connected, a quarter outgoing.
  const invitationRandom = random.fork(4);
  const nInvitations = options.invitations ?? 50;
  const strangerRandom = random.fork(5);
  const invitations = Array.from({ length: nInvitations }, (_, i) => {
    const sentAt = baseDate - invitationRandom.int(60 * DAY);
    const roll = invitationRandom.next();
    if (roll < 0.05 && others.length > 0) {
      return planInvitation(invitationRandom, invitationRandom.pick(others), owner, 'incoming', sentAt, true);
    }
    const stranger = makePerson(strangerRandom.fork(i), 10_000_000 + i);
    return planInvitation(
      invitationRandom,
      stranger,
      owner,
      roll < 0.3 ? 'outgoing' : 'incoming',
      sentAt,
      false,
    );
  });

  // A later export: people left, changed jobs, joined; conversations went on; strangers replied.
  let laterTruth: ExportTruth['later'];
  if (later !== undefined) {
    const laterRandom = random.fork(6);
    const removable = connections.slice(nStrong);
    const removed = new Set(removable.slice(-(later.removeConnections ?? 0)).map((c) => c.url));
    if ((later.removeConnections ?? 0) === 0) removed.clear();
    connections = connections.filter((c) => !removed.has(c.url));
    const changedCompany: string[] = [];
    for (const c of connections.slice(nStrong + nWeak, nStrong + nWeak + (later.changeCompanies ?? 0))) {
      c.company = `${c.company} Group`;
      changedCompany.push(c.url);
    }
    const added = Array.from({ length: later.addConnections ?? 0 }, (_, i) => ({
      ...person(nConnections + i),
      connectedOn: baseDate + laterRandom.int(40 * DAY),
      hidden: false,
    }));
    connections.push(...added);
    for (const count of splitIntoConversations(laterRandom, later.newMessages ?? 0, 4)) {
      plans.push({
        with: laterRandom.pick(strong.length > 0 ? strong : others),
        count,
        from: baseDate,
        to: exportDate,
      });
    }
    const pending = invitations.filter((inv) => inv.direction === 'incoming' && !inv.fromConnection);
    const replies = Math.min(later.replies ?? 0, pending.length);
    for (const inv of pending.slice(0, replies))
      plans.push({ with: inv.other, count: 1, from: baseDate, to: exportDate });
    const replied: { url: string; kind: PlantedReplyKind }[] = [];
    const candidates = pending.slice(replies).filter((inv) => inv.intent !== 'scam');
    // Alternated, so that the first few who answered hold both kinds.
    const kinds: PlantedReplyKind[] = [];
    for (let need = later.replyKinds?.need ?? 0, pitch = later.replyKinds?.pitch ?? 0; need + pitch > 0; ) {
      if (need-- > 0) kinds.push('need');
      if (pitch-- > 0) kinds.push('pitch');
    }
    kinds.forEach((kind, i) => {
      const inv = candidates[i];
      if (!inv) return;
      const text = REPLY_TEXTS[kind][LANG_OF_LOCALE[inv.other.locale]];
      plans.push({ with: inv.other, count: 1, from: baseDate + DAY, to: exportDate, text });
      replied.push({ url: inv.other.url, kind });
    });
    const reinvited = candidates.slice(0, Math.min(later.secondInvitations ?? 0, replied.length));
    for (const inv of reinvited)
      invitations.push(
        planInvitation(
          laterRandom,
          inv.other,
          owner,
          'incoming',
          baseDate + 30 * DAY + laterRandom.int(DAY),
          false,
        ),
      );
    laterTruth = {
      removed: [...removed],
      changedCompany,
      added: added.map((c) => c.url),
      newMessages: later.newMessages ?? 0,
      replies,
      replied,
      reinvited: reinvited.map((inv) => inv.other.url),
    };
  }

  const files: GeneratedFile[] = [];
  const connectionHeader = modern
    ? ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On']
    : ['First Name', 'Last Name', 'Email Address', 'Company', 'Position', 'Connected On'];
  const connectionRows = connections.map((c) => {
    const date = formatConnectedOn(c.connectedOn, !modern);
    if (c.hidden)
      return csvRow(
        connectionHeader.map((_, i) => (i === connectionHeader.length - 1 ? date : '')),
        false,
      );
    // Decided by the person, not by a draw, so a later export lists the same addresses.
    const email = c.url.length % 17 === 0 ? `${c.url.slice(28)}@example.com` : '';
    const fields = [
      c.firstName,
      c.lastName,
      ...(modern ? [c.rawUrl] : []),
      email,
      c.company,
      c.position,
      date,
    ];
    return csvRow(fields, false);
  });
  files.push({
    path: 'Connections.csv',
    content: `${modern ? CONNECTIONS_PREAMBLE : ''}${csvRow(connectionHeader, false)}\n${connectionRows.join('\n')}\n`,
  });

  const messageRows = writeMessageRows(messageRandom, owner, plans, modern, modern, 0);
  // LinkedIn writes this file with a byte-order mark in some exports.
  files.push({
    path: 'messages.csv',
    content: `\uFEFF${csvRow(MESSAGES_HEADER, modern)}\n${messageRows.join('\n')}\n`,
  });

  const invitationHeader = modern ? [...INVITATIONS_HEADER, ...INVITATION_URL_COLUMNS] : INVITATIONS_HEADER;
  const invitationRows = invitations.map((inv) => invitationRow(inv, owner, modern));
  files.push({
    path: 'Invitations.csv',
    content: `${csvRow(invitationHeader, false)}\r\n${invitationRows.join('\r\n')}\r\n`,
  });

  files.push(...smallFiles(random.fork(7), owner, connections, strong, options, baseDate));
  files.push(
    { path: 'guide_messages.csv', content: 'No conversations found\n' },
    { path: 'learning_coach_messages.csv', content: `${csvRow(MESSAGES_HEADER, true)}\n` },
    { path: 'Rich_Media.csv', content: 'Date/Time,Media Description,Media Link\n' },
  );

  const incoming = invitations.filter((inv) => inv.direction === 'incoming');
  const incomingByIntent = { none: 0, generic: 0, known: 0, purpose: 0, pitch: 0, scam: 0 };
  for (const inv of incoming) incomingByIntent[inv.intent] += 1;
  const nEndorsements = options.endorsements ?? Math.min(connections.length, Math.ceil(nConnections / 10));
  const nRecommendations = Math.max(options.recommendations ?? 0, strong.length);
  const month = String(new Date(exportDate).getUTCMonth() + 1).padStart(2, '0');
  const day = String(new Date(exportDate).getUTCDate()).padStart(2, '0');
  return {
    name: `Basic_LinkedInDataExport_${month}-${day}-${new Date(exportDate).getUTCFullYear()}.zip`,
    files,
    truth: {
      owner: {
        firstName: owner.firstName,
        lastName: owner.lastName,
        name: fullName(owner),
        profileUrl: owner.url,
      },
      counts: {
        connections: connections.length,
        messages: plans.reduce((sum, p) => sum + p.count, 0),
        invitations: invitations.length,
        profile: 1,
        positions: 3,
        endorsements: connections.length === 0 ? 0 : nEndorsements,
        recommendationsReceived: nRecommendations,
        recommendationsGiven: strong.length,
      },
      hiddenConnections: connections.filter((c) => c.hidden).length,
      pendingIncoming: incoming.filter((inv) => !inv.fromConnection).length,
      incomingByIntent,
      invitationsFromConnections: incoming.filter((inv) => inv.fromConnection).map((inv) => inv.other.url),
      strongTies: strong.map((c) => c.url),
      weakTies: weak.map((c) => c.url),
      skippedFiles: ['guide_messages.csv', 'learning_coach_messages.csv', 'Rich_Media.csv'],
      ...(laterTruth === undefined ? {} : { later: laterTruth }),
    },
  };
}

/** Profile, positions, endorsements and recommendations. */
function smallFiles(
  random: Random,
  owner: Person,
  connections: readonly Connection[],
  strong: readonly Person[],
  options: GenerateExportOptions,
  baseDate: number,
): GeneratedFile[] {
  const visible = connections.filter((c) => !c.hidden);
  const profile = [
    [
      'First Name',
      'Last Name',
      'Maiden Name',
      'Address',
      'Birth Date',
      'Headline',
      'Summary',
      'Industry',
      'Zip Code',
      'Geo Location',
      'Twitter Handles',
      'Websites',
      'Instant Messengers',
    ],
    [
      owner.firstName,
      owner.lastName,
      '',
      '',
      '',
      `${owner.position} | ${owner.company}`,
      'J’aide les équipes à grandir.\nI help teams grow.',
      'Human Resources',
      '',
      'Montreal, Quebec, Canada',
      '[strongties_demo]',
      '[OTHER:https://example.com,PORTFOLIO:https://blog.example.com]',
      '',
    ],
  ];
  const positions = [
    ['Company Name', 'Title', 'Description', 'Location', 'Started On', 'Finished On'],
    [owner.company, owner.position, 'Current role, "hands-on".', 'Montréal', 'Jan 2022', ''],
    ['Desjardins', 'Conseillère RH', '', 'Québec', 'Mar 2017', 'Dec 2021'],
    ['Acme, Inc.', 'HR Assistant', 'First job', 'Toronto', '2014', '2017'],
  ];
  const nEndorsements =
    visible.length === 0
      ? 0
      : (options.endorsements ?? Math.min(connections.length, Math.ceil(connections.length / 10)));
  const endorsements = [
    [
      'Endorsement Date',
      'Skill Name',
      'Endorser First Name',
      'Endorser Last Name',
      'Endorser Public Url',
      'Endorsement Status',
    ],
    ...Array.from({ length: nEndorsements }, () => {
      const c = random.pick(visible);
      return [
        formatEndorsementDate(baseDate - random.int(3 * YEAR)),
        random.pick(SKILLS),
        c.firstName,
        c.lastName,
        c.rawUrl.replace(/^https:\/\//, ''),
        'ACCEPTED',
      ];
    }),
  ];
  const recommendationHeader = [
    'First Name',
    'Last Name',
    'Company',
    'Job Title',
    'Text',
    'Creation Date',
    'Status',
  ];
  const recommendation = (c: Person, text: string): string[] => [
    c.firstName,
    c.lastName,
    c.company,
    c.position,
    text,
    formatUsDateTime(baseDate - random.int(YEAR), true),
    'VISIBLE',
  ];
  const extra = Math.max(0, (options.recommendations ?? 0) - strong.length);
  const received = [
    recommendationHeader,
    ...strong.map((c) =>
      recommendation(c, `${owner.firstName} est une collègue hors pair, "rigoureuse" et généreuse.`),
    ),
    ...Array.from({ length: visible.length === 0 ? 0 : extra }, () =>
      recommendation(random.pick(visible), 'Great to work with.\nHighly recommended.'),
    ),
  ];
  const given = [
    recommendationHeader,
    ...strong.map((c) => recommendation(c, `I recommend ${c.firstName} warmly.`)),
  ];
  const file = (path: string, rows: string[][]): GeneratedFile => ({
    path,
    content: `${rows.map((r) => csvRow(r, false)).join('\n')}\n`,
  });
  return [
    file('Profile.csv', profile),
    file('Positions.csv', positions),
    file('Endorsement_Received_Info.csv', endorsements),
    file('Recommendations_Received.csv', received),
    file('Recommendations_Given.csv', given),
  ];
}
