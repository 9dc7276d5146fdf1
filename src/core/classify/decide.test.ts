import { describe, expect, test } from 'vitest';
import { INVITATION_LABELS } from '../labels.js';
import { decide, UNSURE_MARGIN } from './model.js';

const LABELS = INVITATION_LABELS.filter((l) => l !== 'none');
const SCAM = LABELS.indexOf('scam');
const BENIGN = ['generic', 'known', 'purpose'].map((l) => LABELS.indexOf(l as (typeof LABELS)[number]));

/** Probability vectors over the model labels on a grid of steps of 0.05, normalised. */
function grid(): number[][] {
  const out: number[][] = [];
  const steps = [0, 0.05, 0.1, 0.2, 0.3, 0.45, 0.6, 0.8];
  for (const a of steps)
    for (const b of steps)
      for (const c of steps)
        for (const d of steps)
          for (const e of steps) {
            const total = a + b + c + d + e;
            if (total > 0) out.push([a, b, c, d, e].map((x) => x / total));
          }
  return out;
}

describe('decide', () => {
  test('a gated scam never becomes a benign label with low confidence: it is marked unsure, scam named', () => {
    for (const threshold of [0.5, 0.7, 0.9]) {
      for (const p of grid()) {
        const top = p.indexOf(Math.max(...p));
        const result = decide(LABELS, p, threshold);
        if (top !== SCAM || result.index === SCAM) continue;
        expect(result.unsure).toBe(true);
        expect(result.between[0]).toBe(SCAM);
        if (BENIGN.includes(result.index)) expect(result.between).toContain(result.index);
      }
    }
  });

  test('the confidence is always the returned label’s own probability, and a sure label leads clearly', () => {
    for (const p of grid()) {
      const result = decide(LABELS, p, 0.7);
      const others = p.filter((_, i) => i !== result.index);
      if (!result.unsure) {
        expect(p[result.index]! - Math.max(...others)).toBeGreaterThanOrEqual(UNSURE_MARGIN);
        if (result.index === SCAM) expect(p[SCAM]).toBeGreaterThanOrEqual(0.7);
      }
    }
  });

  test('a scam over its threshold and clearly ahead is scam, sure', () => {
    const p = [0.05, 0.05, 0.05, 0.05, 0.8];
    expect(decide(LABELS, p, 0.7)).toEqual({ index: SCAM, unsure: false, between: [] });
  });
});
