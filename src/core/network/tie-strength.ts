import { DAY } from '../durations.js';

/**
 * Tie strength, 0 to 100, as a sum of explained points (DESIGN.md section 8, ARCHITECTURE.md
 * "Network model"). The weights follow Gilbert & Karahalios, "Predicting Tie Strength with Social
 * Media" (CHI 2009): days since the last communication is the strongest single predictor, then the
 * intimacy and intensity of the exchanges (volume, reciprocity) and their duration; services
 * (endorsements, recommendations) and structural signals weigh less. Their caveat — little
 * communication does not always mean a weak tie — is why the user's own answers win: met in person
 * or "I remember them" floor the score high, "I don't remember them" caps it low.
 */

/** What the export and the user say about one connection; every count is from the user's side. */
export interface TieEvidence {
  /** Messages the user sent to them (in conversations both are in). */
  messagesSent: number;
  /** Messages they sent to the user. */
  messagesReceived: number;
  conversationsStartedByMe: number;
  conversationsStartedByThem: number;
  /** ISO date or date-time of the first and last message exchanged, if any. */
  firstExchange?: string | undefined;
  lastExchange?: string | undefined;
  /** ISO date the connection was made (`Connected On`). */
  connectedOn?: string | undefined;
  endorsementsFromThem: number;
  recommendationsFromThem: number;
  recommendationsToThem: number;
  /** Who sent the connection invitation, when the export still holds it. */
  invitedBy?: 'me' | 'them' | undefined;
  /** Whether that invitation carried a personal note. */
  invitationHadNote?: boolean | undefined;
  metInPerson: boolean;
  exchangedInGroup: boolean;
  remembered: 'yes' | 'no' | null;
}

/** What we know about a tie before any evidence: no message, no endorsement, no flag. */
export const NO_EVIDENCE: Readonly<TieEvidence> = {
  messagesSent: 0,
  messagesReceived: 0,
  conversationsStartedByMe: 0,
  conversationsStartedByThem: 0,
  endorsementsFromThem: 0,
  recommendationsFromThem: 0,
  recommendationsToThem: 0,
  metInPerson: false,
  exchangedInGroup: false,
  remembered: null,
};

export const TIE_FACTOR_KEYS = [
  'recency',
  'volume',
  'reciprocity',
  'duration',
  'initiative',
  'endorsements',
  'recommendations',
  'invitation',
  'metInPerson',
  'exchangedInGroup',
  'dormant',
  'rememberedYes',
  'rememberedNo',
] as const;
export type TieFactorKey = (typeof TIE_FACTOR_KEYS)[number];

/** One reason behind a score: `points` may be negative; `values` fill the words (tie-factor-words.ts). */
export interface TieFactor {
  key: TieFactorKey;
  points: number;
  values: Record<string, number>;
}

export interface TieStrength {
  score: number;
  /** Every factor that moved the score, largest effect first. */
  factors: TieFactor[];
}

/**
 * The weights, in points out of 100. Each signal saturates (a curve reaching its maximum), so no single
 * one dominates by sheer count. The table in ARCHITECTURE.md mirrors this one.
 */
export const TIE_WEIGHTS = {
  /** Days since the last message: halves every `recencyHalfLifeDays`. G&K's top predictor. */
  recency: 25,
  recencyHalfLifeDays: 180,
  /** Messages both ways, log-scaled, full at `volumeFullAt` messages (intimacy, intensity). */
  volume: 18,
  volumeFullAt: 60,
  /** min(sent, received) / max(sent, received): a conversation, not a broadcast. */
  reciprocity: 10,
  /** Years from the first exchange to now, full at `durationFullYears` (duration). */
  duration: 15,
  durationFullYears: 5,
  /** Conversations started: full when both sides started at least one. */
  initiative: 5,
  /** Per endorsement from them, up to `endorsementsMax`. */
  endorsementEach: 2,
  endorsementsMax: 5,
  /** A recommendation either way, up to `recommendationsMax` (services, emotional support). */
  recommendationEach: 8,
  recommendationsMax: 12,
  /** An invitation sent by the user, or one received with a personal note. */
  invitationByMe: 3,
  invitationNote: 2,
  /** The user's own flags add points, then floor the score. */
  metInPerson: 15,
  metInPersonFloor: 60,
  exchangedInGroup: 10,
  exchangedInGroupFloor: 50,
  rememberedYesFloor: 60,
  rememberedNoCap: 15,
  /** Connected for years without a single message: the weak tie the clean-up is for. */
  dormant: -5,
  dormantAfterYears: 2,
} as const;

const W = TIE_WEIGHTS;

function daysBetween(fromIso: string, to: Date): number {
  const from = Date.parse(fromIso.length === 10 ? `${fromIso}T00:00:00Z` : fromIso);
  if (Number.isNaN(from)) return Number.NaN;
  return Math.max(0, (to.getTime() - from) / DAY);
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** Computes the score of one connection at `now`; pure and cheap (30,000 in a few milliseconds). */
export function tieStrength(e: TieEvidence, now: Date): TieStrength {
  const factors: TieFactor[] = [];
  const add = (key: TieFactorKey, points: number, values: Record<string, number> = {}): void => {
    if (points !== 0) factors.push({ key, points: round1(points), values });
  };
  const total = e.messagesSent + e.messagesReceived;

  if (e.lastExchange !== undefined && total > 0) {
    const days = daysBetween(e.lastExchange, now);
    if (!Number.isNaN(days))
      add('recency', W.recency * 0.5 ** (days / W.recencyHalfLifeDays), { days: Math.round(days) });
  }
  if (total > 0) {
    add('volume', W.volume * Math.min(1, Math.log1p(total) / Math.log1p(W.volumeFullAt)), {
      sent: e.messagesSent,
      received: e.messagesReceived,
    });
    const high = Math.max(e.messagesSent, e.messagesReceived);
    const ratio = Math.min(e.messagesSent, e.messagesReceived) / high;
    add('reciprocity', W.reciprocity * ratio, { percent: Math.round(ratio * 100) });
  }
  const firstExchange = e.firstExchange ?? e.lastExchange;
  if (firstExchange !== undefined && total > 0) {
    const years = daysBetween(firstExchange, now) / 365.25;
    if (!Number.isNaN(years))
      add('duration', W.duration * Math.min(1, years / W.durationFullYears), { years: round1(years) });
  }
  const startedSides = (e.conversationsStartedByMe > 0 ? 1 : 0) + (e.conversationsStartedByThem > 0 ? 1 : 0);
  add('initiative', (W.initiative * startedSides) / 2, {
    byMe: e.conversationsStartedByMe,
    byThem: e.conversationsStartedByThem,
  });
  add('endorsements', Math.min(W.endorsementsMax, W.endorsementEach * e.endorsementsFromThem), {
    count: e.endorsementsFromThem,
  });
  const recommendations = e.recommendationsFromThem + e.recommendationsToThem;
  add('recommendations', Math.min(W.recommendationsMax, W.recommendationEach * recommendations), {
    fromThem: e.recommendationsFromThem,
    toThem: e.recommendationsToThem,
  });
  if (e.invitedBy !== undefined) {
    const points =
      (e.invitedBy === 'me' ? W.invitationByMe : 0) + (e.invitationHadNote ? W.invitationNote : 0);
    add('invitation', points, { byMe: e.invitedBy === 'me' ? 1 : 0, note: e.invitationHadNote ? 1 : 0 });
  }
  if (e.metInPerson) add('metInPerson', W.metInPerson);
  if (e.exchangedInGroup) add('exchangedInGroup', W.exchangedInGroup);
  if (total === 0 && e.connectedOn !== undefined) {
    const years = daysBetween(e.connectedOn, now) / 365.25;
    if (years >= W.dormantAfterYears) add('dormant', W.dormant, { years: Math.floor(years) });
  }

  const sum = factors.reduce((s, f) => s + f.points, 0);
  let score = Math.min(100, Math.max(0, sum));
  // The user's answers win over the data (G&K: little communication is not always a weak tie). The
  // lift a floor gives is credited to the flag that set it, so the explanation adds up to the score.
  const floors: Array<[TieFactorKey, number, boolean]> = [
    ['metInPerson', W.metInPersonFloor, e.metInPerson],
    ['rememberedYes', W.rememberedYesFloor, e.remembered === 'yes'],
    ['exchangedInGroup', W.exchangedInGroupFloor, e.exchangedInGroup],
  ];
  const highest = floors.filter(([, , on]) => on).sort((a, b) => b[1] - a[1])[0];
  if (highest !== undefined && score < highest[1]) {
    const lift = highest[1] - score;
    const existing = factors.find((f) => f.key === highest[0]);
    if (existing) existing.points = round1(existing.points + lift);
    else add(highest[0], lift);
    score = highest[1];
  }
  // "If I don't remember this person, what is the link worth?" — the cap wins over every floor.
  if (e.remembered === 'no' && score > W.rememberedNoCap) {
    add('rememberedNo', W.rememberedNoCap - score);
    score = W.rememberedNoCap;
  }
  factors.sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || a.key.localeCompare(b.key));
  return { score: Math.round(score), factors };
}

/** The few factors worth showing beside a score. */
export function topFactors(strength: TieStrength, count = 3): TieFactor[] {
  return strength.factors.slice(0, count);
}
