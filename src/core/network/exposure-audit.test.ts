import { expect, test } from 'vitest';
import { type AuditPerson, auditExposure, EXPOSURE_ADVICE_WORDS } from './exposure-audit.js';

const p = (personId: number, strength?: number): AuditPerson => ({
  personId,
  name: `Person ${personId}`,
  profileUrl: `https://www.linkedin.com/in/p${personId}`,
  strength,
});

test('with the default visibility every competitor can browse every client', () => {
  const audit = auditExposure({
    competitors: [p(1, 40), p(2, 5)],
    clients: [p(10), p(11), p(12)],
    connectionsListVisible: true,
  });
  expect(audit.counts).toEqual({ competitors: 2, clients: 3, inBoth: 0, exposedPairs: 6, exposedClients: 3 });
  expect(audit.exposures.map((e) => [e.competitor.personId, e.clientIds])).toEqual([
    [1, [10, 11, 12]],
    [2, [10, 11, 12]],
  ]);
  expect(audit.advice.map((a) => a.key)).toEqual(['hide-connections-list', 'part-ways']);
  expect(audit.advice[1]?.people?.map((x) => x.personId)).toEqual([2, 1]);
});

test('a person in both segments is never paired with themself', () => {
  const audit = auditExposure({
    competitors: [p(1), p(2)],
    clients: [p(2), p(3)],
    connectionsListVisible: true,
  });
  expect(audit.counts.inBoth).toBe(1);
  expect(audit.counts.exposedPairs).toBe(3);
  expect(audit.exposures.find((e) => e.competitor.personId === 2)?.clientIds).toEqual([3]);
});

test('a hidden connections list exposes nobody', () => {
  const audit = auditExposure({ competitors: [p(1)], clients: [p(2)], connectionsListVisible: false });
  expect(audit.counts.exposedPairs).toBe(0);
  expect(audit.advice).toEqual([{ key: 'nothing-to-do' }]);
});

test('no competitor, nothing to do', () => {
  const audit = auditExposure({ competitors: [], clients: [p(2)], connectionsListVisible: true });
  expect(audit.advice).toEqual([{ key: 'nothing-to-do' }]);
});

test('the advice names the LinkedIn setting in both languages', () => {
  expect(EXPOSURE_ADVICE_WORDS.en['hide-connections-list']).toContain('Visibility');
  expect(EXPOSURE_ADVICE_WORDS.fr['hide-connections-list']).toContain('Visibilité');
});
