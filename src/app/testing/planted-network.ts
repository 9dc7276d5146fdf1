import type {
  ConnectionRecord,
  EndorsementRecord,
  InvitationRecord,
  MessageRecord,
  RecommendationRecord,
} from '../../core/linkedin-records.js';
import type { ExportRecords } from './fake-export-reader.js';

export const PLANTED_OWNER_URL = 'https://www.linkedin.com/in/planted-owner';

export interface PlantedSize {
  connections: number;
  messages: number;
  /** The export's date: messages and connections are before it. */
  now: Date;
  seed?: number;
}

/** What the generator planted, for tests to check the model against. */
export interface PlantedTruth {
  /** Many recent reciprocal messages for years, a recommendation, endorsements; met in person. */
  strong: string[];
  /** Connected long ago, never a message, nothing else. */
  weak: string[];
  /** The user's flag the export cannot hold: set it after the import. */
  metInPerson: string[];
  /** Exact counts for the statistics: connections by `Connected On` month, invitations by month. */
  connectedByMonth: Record<string, number>;
  invitationsByMonth: Record<string, { incoming: number; outgoing: number }>;
}

/** A small deterministic PRNG (mulberry32): the same seed gives the same network. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const isoTime = (ms: number): string => new Date(ms).toISOString().slice(0, 19) + 'Z';

/**
 * A network with planted strong and weak ties (5 % each) among ordinary ones whose messages fall at
 * random, shaped like the readers' output. For the ranking tests and the benchmark.
 */
export function plantedNetwork(size: PlantedSize): { records: ExportRecords; truth: PlantedTruth } {
  const random = prng(size.seed ?? 7);
  const now = size.now.getTime();
  const n = size.connections;
  const plant = Math.max(1, Math.floor(n * 0.05));
  const url = (i: number) => `https://www.linkedin.com/in/person-${i}`;
  const truth: PlantedTruth = {
    strong: [],
    weak: [],
    metInPerson: [],
    connectedByMonth: {},
    invitationsByMonth: {},
  };
  const connections: ConnectionRecord[] = [];
  const messages: MessageRecord[] = [];
  const endorsements: EndorsementRecord[] = [];
  const recommendationsReceived: RecommendationRecord[] = [];
  const invitations: InvitationRecord[] = [];
  const message = (conv: string, i: number, fromOwner: boolean, at: number): MessageRecord => ({
    line: messages.length + 2,
    conversationId: conv,
    conversationTitle: '',
    fromName: fromOwner ? 'Pat Owner' : `First${i} Last${i}`,
    senderProfileUrl: fromOwner ? PLANTED_OWNER_URL : url(i),
    toNames: fromOwner ? `First${i} Last${i}` : 'Pat Owner',
    recipientProfileUrls: [fromOwner ? url(i) : PLANTED_OWNER_URL],
    sentAt: isoTime(at),
    subject: '',
    content: 'hello',
    folder: 'INBOX',
    isDraft: false,
  });

  for (let i = 0; i < n; i++) {
    const kind = i < plant ? 'strong' : i < 2 * plant ? 'weak' : 'ordinary';
    const ageYears =
      kind === 'weak' ? 8 + random() * 4 : kind === 'strong' ? 5 + random() * 3 : random() * 10;
    const connectedOn = isoDay(now - ageYears * 365 * DAY);
    connections.push({
      line: i + 5,
      firstName: `First${i}`,
      lastName: `Last${i}`,
      profileUrl: url(i),
      company: `Company ${i % 97}`,
      position: i % 7 === 0 ? 'Recruiter' : 'Engineer',
      connectedOn,
      hidden: false,
    });
    const month = connectedOn.slice(0, 7);
    truth.connectedByMonth[month] = (truth.connectedByMonth[month] ?? 0) + 1;
    if (kind === 'weak') {
      truth.weak.push(url(i));
      continue;
    }
    if (kind === 'strong') {
      truth.strong.push(url(i));
      truth.metInPerson.push(url(i));
      // Forty messages, alternating, from four years ago to last week.
      for (let m = 0; m < 40; m++) {
        const at = now - (7 + ((40 - m) * 4 * 365) / 40) * DAY;
        messages.push(message(`conv-strong-${i}-${Math.floor(m / 10)}`, i, m % 2 === 0, at));
      }
      recommendationsReceived.push({
        line: i + 2,
        direction: 'received',
        firstName: `First${i}`,
        lastName: `Last${i}`,
        text: 'A pleasure.',
      });
      for (const skill of ['Leadership', 'Strategy']) {
        endorsements.push({
          line: i + 2,
          skill,
          endorserName: `First${i} Last${i}`,
          endorserProfileUrl: url(i),
          endorsedAt: isoTime(now - 200 * DAY),
        });
      }
    }
    // Ordinary ties with an invitation in the export: every fifth one.
    if (kind === 'ordinary' && i % 5 === 0) {
      const direction = i % 2 === 0 ? 'incoming' : 'outgoing';
      const sentAt = isoTime(now - ageYears * 365 * DAY - DAY).slice(0, 19);
      invitations.push({
        line: invitations.length + 2,
        fromName: direction === 'incoming' ? `First${i} Last${i}` : 'Pat Owner',
        toName: direction === 'incoming' ? 'Pat Owner' : `First${i} Last${i}`,
        sentAt,
        note: i % 3 === 0 ? 'We met at the meetup.' : '',
        direction,
        inviterProfileUrl: direction === 'incoming' ? url(i) : PLANTED_OWNER_URL,
        inviteeProfileUrl: direction === 'incoming' ? PLANTED_OWNER_URL : url(i),
      });
      const month = sentAt.slice(0, 7);
      const counts = truth.invitationsByMonth[month] ?? { incoming: 0, outgoing: 0 };
      truth.invitationsByMonth[month] = counts;
      counts[direction] += 1;
    }
  }
  // The remaining messages fall at random on ordinary ties, in short conversations.
  const ordinary = n - 2 * plant;
  let c = 0;
  while (messages.length < size.messages && ordinary > 0) {
    const i = 2 * plant + Math.floor(random() * ordinary);
    const length = 1 + Math.floor(random() * 8);
    const start = now - (30 + random() * 6 * 365) * DAY;
    for (let m = 0; m < length && messages.length < size.messages; m++) {
      messages.push(message(`conv-${c}`, i, random() < 0.6, start + m * DAY));
    }
    c++;
  }
  return { records: { connections, messages, endorsements, recommendationsReceived, invitations }, truth };
}
