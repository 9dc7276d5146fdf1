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

describe.each(STORE_KINDS)('drafts export on %s', (kind) => {
  const store = suiteStore(kind);
  const it = test.skipIf(skipsOn(kind));

  it('writes CSV in which no cell starts a formula, whatever the stranger wrote', async () => {
    const ownerId = await newOwner(store());
    const invitations = FORMULAS.map((name, i) => ({
      line: i + 2,
      fromName: name,
      toName: 'Alex Owner',
      sentAt: `2026-11-1${i}T10:00:00`,
      note: `${FORMULAS[(i + 1) % FORMULAS.length]} and a tab\tinside`,
      direction: 'incoming' as const,
      inviterProfileUrl: `https://www.linkedin.com/in/stranger-${i}`,
    }));
    await importLinkedinExport(store(), new ArrayExportReader({ invitations }), { ownerId });
    const { policy } = await loadPolicy({ dataDir: '/nonexistent' });
    const summary = await autoTriage(store(), ownerId, { policy, reader: textReader });
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
});
