import { describe, expect, test } from 'vitest';
import { computeStats, deciles, type StatsInput, UNLABELLED } from './stats.js';

const empty: StatsInput = {
  invitations: [],
  decisions: [],
  replies: [],
  asks: [],
  connections: [],
  strengths: [],
};

describe('computeStats', () => {
  test('counts invitations per month by label, outgoing apart', () => {
    const stats = computeStats({
      ...empty,
      invitations: [
        { sentAt: '2026-01-03T10:00:00', direction: 'incoming', label: 'pitch' },
        { sentAt: '2026-01-20T10:00:00', direction: 'incoming', label: 'pitch' },
        { sentAt: '2026-01-21T10:00:00', direction: 'incoming', label: null },
        { sentAt: '2026-03-02T10:00:00', direction: 'incoming', label: 'known' },
        { sentAt: '2026-03-05T10:00:00', direction: 'outgoing', label: null },
      ],
    });
    expect(stats.months.map((m) => [m.month, m.incoming, m.outgoing])).toEqual([
      ['2026-01', { pitch: 2, [UNLABELLED]: 1 }, 0],
      ['2026-02', {}, 0],
      ['2026-03', { known: 1 }, 1],
    ]);
    expect(stats.totals.incoming).toEqual({ pitch: 2, known: 1, [UNLABELLED]: 1 });
  });

  test('counts decisions and reply classes per month, and the answer rate of asks', () => {
    const stats = computeStats({
      ...empty,
      decisions: [
        { decidedAt: '2026-02-01', kind: 'decline' },
        { decidedAt: '2026-02-02', kind: 'ask' },
        { decidedAt: '2026-02-03', kind: 'ask' },
      ],
      replies: [{ receivedAt: '2026-02-10', label: 'need' }],
      asks: [
        { askedAt: '2026-02-02', answered: true },
        { askedAt: '2026-02-03', answered: false },
        { askedAt: '2026-02-04', answered: false },
        { askedAt: '2026-02-05', answered: false },
      ],
    });
    expect(stats.months).toHaveLength(1);
    expect(stats.months[0]).toMatchObject({
      decisions: { decline: 1, ask: 2 },
      replies: { need: 1 },
      asks: { asked: 4, answered: 1 },
    });
    expect(stats.totals.asks.answerRate).toBe(0.25);
  });

  test('tracks network growth by Connected On month, net of removals', () => {
    const stats = computeStats({
      ...empty,
      connections: [
        { connectedOn: '2025-11-02', removedOn: null },
        { connectedOn: '2025-11-20', removedOn: '2026-01-15' },
        { connectedOn: '2026-01-01', removedOn: null },
        { connectedOn: null, removedOn: null },
      ],
    });
    expect(stats.months.map((m) => [m.month, m.connected, m.removed, m.total])).toEqual([
      ['2025-11', 2, 0, 2],
      ['2025-12', 0, 0, 2],
      ['2026-01', 1, 1, 2],
    ]);
    expect(stats.totals.connections).toBe(3);
  });

  test('has no months and no answer rate when there is no data', () => {
    const stats = computeStats(empty);
    expect(stats.months).toEqual([]);
    expect(stats.totals.asks.answerRate).toBeNull();
    expect(stats.strengthDeciles).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  test('crosses a year boundary when filling months', () => {
    const stats = computeStats({
      ...empty,
      decisions: [
        { decidedAt: '2025-12-31', kind: 'accept' },
        { decidedAt: '2026-02-01', kind: 'accept' },
      ],
    });
    expect(stats.months.map((m) => m.month)).toEqual(['2025-12', '2026-01', '2026-02']);
  });
});

test('deciles put each score in its ten-point bucket, 100 in the last', () => {
  expect(deciles([0, 9, 10, 55, 99, 100])).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 0, 2]);
});
