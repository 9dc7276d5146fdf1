import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { textReader } from '../../core/classify/index.js';
import { newOwner, STORE_KINDS, skipsOn, suiteStore } from '../../store/testing/store-cases.js';
import { importLinkedinExport } from '../import-linkedin.js';
import { loadPolicy } from '../policy/policy-file.js';
import { ArrayExportReader } from '../testing/fake-export-reader.js';
import { autoTriage } from './auto-triage.js';
import { draftsToCsv, listDrafts } from './drafts-export.js';

const FORMULAS = ['=HYPERLINK("https://evil.example","click")', '+1+2', '-3+4', '@SUM(A1:A9)'];
/** Notes the classifier is sure of (someone met in person), so the policy drafts a reply to each. */
const KNOWN_NOTES = [
  'Great to meet you at the Nantes product meetup on Thursday, thanks again for the chat about onboarding.',
  'We met yesterday at the Lyon data conference, I enjoyed our talk at the coffee break.',
  'Hi, it was nice meeting you at the Bordeaux design workshop last week, let us stay in touch.',
  'Good to see you again at the Lille tech breakfast this morning, as promised here is my invitation.',
];

describe.each(STORE_KINDS)('drafts export on %s', (kind) => {
  const store = suiteStore(kind);
  const it = test.skipIf(skipsOn(kind));

  /** Imports one invitation per formula (named by it, its note opening with the next) and triages them. */
  async function triageFormulas(middle: (i: number) => string) {
    const ownerId = await newOwner(store());
    const invitations = FORMULAS.map((name, i) => ({
      line: i + 2,
      fromName: name,
      toName: 'Alex Owner',
      sentAt: `2026-11-1${i}T10:00:00`,
      note: `${FORMULAS[(i + 1) % FORMULAS.length]}${middle(i)} and a tab\tinside`,
      direction: 'incoming' as const,
      inviterProfileUrl: `https://www.linkedin.com/in/stranger-${i}`,
    }));
    await importLinkedinExport(store(), new ArrayExportReader({ invitations }), { ownerId });
    const { policy } = await loadPolicy({ dataDir: '/nonexistent' });
    return { ownerId, summary: await autoTriage(store(), ownerId, { policy, reader: textReader }) };
  }

  it('writes CSV in which no cell starts a formula, whatever the stranger wrote', async () => {
    const { ownerId, summary } = await triageFormulas((i) => ` ${KNOWN_NOTES[i]}`);
    expect(summary.byDecision.later).toBe(0);
    expect(summary.drafts).toBe(FORMULAS.length);
    const rows = await listDrafts(store(), ownerId, { status: 'draft' });
    const parsed = Papa.parse<string[]>(draftsToCsv(rows), { skipEmptyLines: true }).data;
    expect(parsed[0]).toContain('text');
    const cells = parsed.slice(1).flat();
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    // The names are still there, made inert.
    expect(cells).toContain(`'${FORMULAS[0]}`);
  });

  // A note with nothing but a formula in it says nothing the classifier can be sure of: it is left to
  // the user (later), so no draft is written for it at all, hostile or not.
  it('writes no draft for a note the classifier is unsure of', async () => {
    const { ownerId, summary } = await triageFormulas(() => '');
    const drafted = summary.total - summary.byDecision.later - summary.byDecision.ignore;
    expect(summary.byDecision.later).toBeGreaterThan(0);
    expect(summary.drafts).toBe(drafted);
    const rows = await listDrafts(store(), ownerId, { status: 'draft' });
    expect(rows).toHaveLength(drafted);
  });
});
