import { NO_EVIDENCE, type TieEvidence } from '../../core/network/tie-strength.js';
import { foldName } from '../../core/profile-url.js';
import type { Store } from '../../store/store.js';

/** A current connection with what the network features show about the person. */
export interface ConnectionFacts {
  connectionId: number;
  personId: number | null;
  firstName: string;
  lastName: string;
  profileUrl: string | null;
  headline: string | null;
  company: string | null;
  position: string | null;
  connectedOn: string | null;
  reviewStatus: 'keep' | 'remove' | 'skip' | null;
  tags: string[];
  evidence: TieEvidence;
}

const blankEvidence = (connectedOn: string | null): TieEvidence => ({
  ...NO_EVIDENCE,
  connectedOn: connectedOn ?? undefined,
});

/**
 * Everything tie strength needs for every current connection, in six set-based queries (no query per
 * connection): connections with their people, tags, messages grouped by conversation and sender,
 * endorsements, recommendations, invitations. Recipients are a JSON list, which SQLite and
 * PostgreSQL unpack differently, so the grouped rows are folded in memory.
 */
export async function gatherConnectionFacts(store: Store, ownerId: number): Promise<ConnectionFacts[]> {
  const { db } = store;
  const [owner, rows, tags, endorsements, recommendations, invitations] = await Promise.all([
    db.selectFrom('accounts').select('profile_url').where('id', '=', ownerId).executeTakeFirst(),
    db
      .selectFrom('connections as c')
      .leftJoin('people as p', 'p.id', 'c.person_id')
      .select([
        'c.id as connectionId',
        'c.person_id as personId',
        'c.connected_on as connectedOn',
        'c.company',
        'c.position',
        'c.review_status as reviewStatus',
        'p.first_name as firstName',
        'p.last_name as lastName',
        'p.profile_url as profileUrl',
        'p.headline',
        'p.met_in_person as metInPerson',
        'p.exchanged_in_group as exchangedInGroup',
        'p.remembered',
      ])
      .where('c.owner_id', '=', ownerId)
      .where('c.status', '=', 'current')
      .orderBy('c.id')
      .execute(),
    db.selectFrom('tags').select(['person_id', 'tag']).where('owner_id', '=', ownerId).execute(),
    db
      .selectFrom('endorsements')
      .select(['person_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('owner_id', '=', ownerId)
      .where('person_id', 'is not', null)
      .groupBy('person_id')
      .execute(),
    db
      .selectFrom('recommendations')
      .select(['direction', 'first_name', 'last_name', 'company'])
      .where('owner_id', '=', ownerId)
      .execute(),
    db
      .selectFrom('invitations')
      .select(['person_id', 'direction', 'note', 'sent_at'])
      .where('owner_id', '=', ownerId)
      .where('person_id', 'is not', null)
      .orderBy('sent_at')
      .execute(),
  ]);

  const facts: ConnectionFacts[] = [];
  const byPerson = new Map<number, ConnectionFacts>();
  const byUrl = new Map<string, ConnectionFacts>();
  const byName = new Map<string, ConnectionFacts[]>();
  for (const r of rows) {
    const evidence = blankEvidence(r.connectedOn);
    evidence.metInPerson = r.metInPerson === 1;
    evidence.exchangedInGroup = r.exchangedInGroup === 1;
    evidence.remembered = r.remembered ?? null;
    const f: ConnectionFacts = {
      connectionId: r.connectionId,
      personId: r.personId,
      firstName: r.firstName ?? '',
      lastName: r.lastName ?? '',
      profileUrl: r.profileUrl ?? null,
      headline: r.headline ?? null,
      company: r.company,
      position: r.position,
      connectedOn: r.connectedOn,
      reviewStatus: r.reviewStatus,
      tags: [],
      evidence,
    };
    facts.push(f);
    if (r.personId === null) continue;
    byPerson.set(r.personId, f);
    if (f.profileUrl) byUrl.set(f.profileUrl, f);
    const name = foldName(`${f.firstName} ${f.lastName}`);
    byName.set(name, [...(byName.get(name) ?? []), f]);
  }
  for (const t of tags) byPerson.get(t.person_id)?.tags.push(t.tag);
  for (const e of endorsements) {
    const f = e.person_id === null ? undefined : byPerson.get(e.person_id);
    if (f) f.evidence.endorsementsFromThem = Number(e.n);
  }
  // Recommendations carry no URL: joined by name, and by company when two connections share a name;
  // one that stays ambiguous counts for nobody rather than for a namesake.
  for (const r of recommendations) {
    const f = recommendedConnection(byName.get(foldName(`${r.first_name} ${r.last_name}`)) ?? [], r.company);
    if (f === undefined) continue;
    if (r.direction === 'received') f.evidence.recommendationsFromThem += 1;
    else f.evidence.recommendationsToThem += 1;
  }
  // Ordered by date: the last invitation with a person is the one that made the connection.
  for (const i of invitations) {
    const f = i.person_id === null ? undefined : byPerson.get(i.person_id);
    if (!f) continue;
    f.evidence.invitedBy = i.direction === 'outgoing' ? 'me' : 'them';
    f.evidence.invitationHadNote = i.note.trim() !== '';
  }
  await foldMessages(store, ownerId, owner?.profile_url ?? null, byPerson, byUrl);
  return facts;
}

function recommendedConnection(
  namesakes: readonly ConnectionFacts[],
  company: string | null,
): ConnectionFacts | undefined {
  if (namesakes.length <= 1) return namesakes[0];
  const wanted = company === null ? '' : foldName(company);
  const same = namesakes.filter((f) => wanted !== '' && foldName(f.company ?? '') === wanted);
  return same.length === 1 ? same[0] : undefined;
}

async function foldMessages(
  store: Store,
  ownerId: number,
  ownerUrl: string | null,
  byPerson: Map<number, ConnectionFacts>,
  byUrl: Map<string, ConnectionFacts>,
): Promise<void> {
  // One row per conversation and sender (and recipient list): a few times fewer rows than messages.
  const groups = await store.db
    .selectFrom('messages')
    .select((eb) => [
      'conversation_id',
      'from_person_id',
      'sender_profile_url',
      'recipient_profile_urls',
      eb.fn.countAll<number>().as('n'),
      eb.fn.min('sent_at').as('first'),
      eb.fn.max('sent_at').as('last'),
    ])
    .where('owner_id', '=', ownerId)
    .where('is_draft', '=', 0)
    .groupBy(['conversation_id', 'from_person_id', 'sender_profile_url', 'recipient_profile_urls'])
    .execute();
  const me = ownerUrl ?? mostFrequentSender(groups);
  // The conversation's starter is the group holding its earliest message.
  const opening = new Map<string, string>();
  for (const g of groups) {
    const known = opening.get(g.conversation_id);
    if (known === undefined || g.first < known) opening.set(g.conversation_id, g.first);
  }
  for (const g of groups) {
    const n = Number(g.n);
    const starts = opening.get(g.conversation_id) === g.first;
    if (me !== null && g.sender_profile_url === me) {
      for (const url of parseUrls(g.recipient_profile_urls)) {
        const f = byUrl.get(url);
        if (!f) continue;
        f.evidence.messagesSent += n;
        if (starts) f.evidence.conversationsStartedByMe += 1;
        touch(f.evidence, g.first, g.last);
      }
      continue;
    }
    const f =
      (g.from_person_id === null ? undefined : byPerson.get(g.from_person_id)) ??
      (g.sender_profile_url ? byUrl.get(g.sender_profile_url) : undefined);
    if (!f) continue;
    f.evidence.messagesReceived += n;
    if (starts) f.evidence.conversationsStartedByThem += 1;
    touch(f.evidence, g.first, g.last);
  }
}

/** Without the owner's URL (an export without Invitations.csv), the owner is the one in every conversation. */
function mostFrequentSender(
  messages: ReadonlyArray<{ sender_profile_url: string | null; n: number | string }>,
): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  let bestCount = 0;
  for (const m of messages) {
    if (!m.sender_profile_url) continue;
    const n = (counts.get(m.sender_profile_url) ?? 0) + Number(m.n);
    counts.set(m.sender_profile_url, n);
    if (n > bestCount) {
      best = m.sender_profile_url;
      bestCount = n;
    }
  }
  return best;
}

function touch(e: TieEvidence, first: string, last: string): void {
  if (e.firstExchange === undefined || first < e.firstExchange) e.firstExchange = first;
  if (e.lastExchange === undefined || last > e.lastExchange) e.lastExchange = last;
}

function parseUrls(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}
