/**
 * Statistics over time (DESIGN.md section 8), aggregated by calendar month from plain rows. The
 * store keeps every invitation ever imported (an export only holds recent ones), so these rows span
 * the whole history. Months without activity between the first and the last appear with zeros, so a
 * chart's axis has no holes.
 */

export interface InvitationRow {
  /** ISO date or date-time. */
  sentAt: string;
  direction: 'incoming' | 'outgoing';
  label: string | null;
}
export interface DecisionRow {
  decidedAt: string;
  kind: string;
}
export interface ReplyRow {
  receivedAt: string;
  label: string | null;
}
export interface AskRow {
  askedAt: string;
  answered: boolean;
}
export interface ConnectionRow {
  connectedOn: string | null;
  removedOn: string | null;
}

export interface StatsInput {
  invitations: readonly InvitationRow[];
  decisions: readonly DecisionRow[];
  replies: readonly ReplyRow[];
  asks: readonly AskRow[];
  connections: readonly ConnectionRow[];
  /** Tie-strength scores 0–100 of the current connections. */
  strengths: readonly number[];
}

/** Rows without a label count under this key. */
export const UNLABELLED = 'unlabelled';

export interface MonthStats {
  /** `YYYY-MM`. */
  month: string;
  /** Incoming invitations by label. */
  incoming: Record<string, number>;
  outgoing: number;
  decisions: Record<string, number>;
  replies: Record<string, number>;
  asks: { asked: number; answered: number };
  connected: number;
  removed: number;
  /** Connections at the end of the month (connected so far minus removed so far). */
  total: number;
}

export interface NetworkStats {
  months: MonthStats[];
  totals: {
    incoming: Record<string, number>;
    outgoing: number;
    decisions: Record<string, number>;
    replies: Record<string, number>;
    asks: { asked: number; answered: number; answerRate: number | null };
    connections: number;
  };
  /** Ten buckets: [0–9], [10–19], …, [90–100]. */
  strengthDeciles: number[];
}

const monthOf = (iso: string): string => iso.slice(0, 7);
const MONTH = /^\d{4}-\d{2}$/;

function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

const bump = (record: Record<string, number>, key: string, by = 1): void => {
  record[key] = (record[key] ?? 0) + by;
};

function emptyMonth(month: string): MonthStats {
  return {
    month,
    incoming: {},
    outgoing: 0,
    decisions: {},
    replies: {},
    asks: { asked: 0, answered: 0 },
    connected: 0,
    removed: 0,
    total: 0,
  };
}

/** Aggregates everything by month; rows with an unreadable date are left out of the months. */
export function computeStats(input: StatsInput): NetworkStats {
  const byMonth = new Map<string, MonthStats>();
  const at = (iso: string | null): MonthStats | undefined => {
    if (iso === null) return undefined;
    const month = monthOf(iso);
    if (!MONTH.test(month)) return undefined;
    let row = byMonth.get(month);
    if (!row) {
      row = emptyMonth(month);
      byMonth.set(month, row);
    }
    return row;
  };
  for (const inv of input.invitations) {
    const row = at(inv.sentAt);
    if (!row) continue;
    if (inv.direction === 'outgoing') row.outgoing += 1;
    else bump(row.incoming, inv.label ?? UNLABELLED);
  }
  for (const d of input.decisions) {
    const row = at(d.decidedAt);
    if (row) bump(row.decisions, d.kind);
  }
  for (const r of input.replies) {
    const row = at(r.receivedAt);
    if (row) bump(row.replies, r.label ?? UNLABELLED);
  }
  for (const a of input.asks) {
    const row = at(a.askedAt);
    if (!row) continue;
    row.asks.asked += 1;
    if (a.answered) row.asks.answered += 1;
  }
  for (const c of input.connections) {
    const joined = at(c.connectedOn);
    if (joined) joined.connected += 1;
    const left = at(c.removedOn);
    if (left) left.removed += 1;
  }

  const months = fillGaps(byMonth);
  let total = 0;
  for (const m of months) {
    total += m.connected - m.removed;
    m.total = total;
  }
  return {
    months,
    totals: totalsOf(months, input.connections.filter((c) => c.removedOn === null).length),
    strengthDeciles: deciles(input.strengths),
  };
}

function fillGaps(byMonth: Map<string, MonthStats>): MonthStats[] {
  const keys = [...byMonth.keys()].sort();
  const first = keys[0];
  const last = keys[keys.length - 1];
  if (first === undefined || last === undefined) return [];
  const months: MonthStats[] = [];
  for (let m = first; m <= last; m = nextMonth(m)) months.push(byMonth.get(m) ?? emptyMonth(m));
  return months;
}

function totalsOf(months: readonly MonthStats[], current: number): NetworkStats['totals'] {
  const incoming: Record<string, number> = {};
  const decisions: Record<string, number> = {};
  const replies: Record<string, number> = {};
  let outgoing = 0;
  let asked = 0;
  let answered = 0;
  for (const m of months) {
    for (const [k, v] of Object.entries(m.incoming)) bump(incoming, k, v);
    for (const [k, v] of Object.entries(m.decisions)) bump(decisions, k, v);
    for (const [k, v] of Object.entries(m.replies)) bump(replies, k, v);
    outgoing += m.outgoing;
    asked += m.asks.asked;
    answered += m.asks.answered;
  }
  return {
    incoming,
    outgoing,
    decisions,
    replies,
    asks: { asked, answered, answerRate: asked === 0 ? null : answered / asked },
    /** Current connections, also those without a readable date. */
    connections: current,
  };
}

/** Counts per ten-point bucket; 100 falls in the last one. */
export function deciles(scores: readonly number[]): number[] {
  const buckets = new Array<number>(10).fill(0);
  for (const s of scores) {
    const i = Math.min(9, Math.max(0, Math.floor(s / 10)));
    buckets[i] = (buckets[i] ?? 0) + 1;
  }
  return buckets;
}
