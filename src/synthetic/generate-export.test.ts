import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Issue } from '../core/errors.js';
import { LINKEDIN_FILE_KINDS, type LinkedinFileKind } from '../core/linkedin-records.js';
import type { ExportReader } from '../import/export-reader.js';
import { openLinkedinExport } from '../import/linkedin/index.js';
import { tempDir } from '../import/linkedin/zip.fixtures.js';
import { generateLinkedinExport } from './generate-export.js';
import { NOTE_TEMPLATES } from './invitation-notes.js';
import { writeFolder, writeZip } from './write-export.js';

const LIMIT = { maxUncompressedBytes: 500_000_000 };

async function countAll(
  reader: ExportReader,
): Promise<{ counts: Record<LinkedinFileKind, number>; issues: Issue[] }> {
  const counts = Object.fromEntries(LINKEDIN_FILE_KINDS.map((k) => [k, 0])) as Record<
    LinkedinFileKind,
    number
  >;
  const issues: Issue[] = [];
  for (const kind of LINKEDIN_FILE_KINDS) {
    for await (const batch of reader.read(kind)) {
      counts[kind] += batch.records.length;
      issues.push(...batch.issues);
    }
  }
  return { counts, issues };
}

describe('generateLinkedinExport', () => {
  test('gives the same files for the same seed and different files for another seed', () => {
    const a = generateLinkedinExport({ seed: 7, connections: 50, messages: 200, invitations: 30 });
    const b = generateLinkedinExport({ seed: 7, connections: 50, messages: 200, invitations: 30 });
    const c = generateLinkedinExport({ seed: 8, connections: 50, messages: 200, invitations: 30 });
    expect(b.files).toEqual(a.files);
    expect(c.files).not.toEqual(a.files);
  });

  test('writes at least fifteen notes per intent in each language', () => {
    for (const templates of Object.values(NOTE_TEMPLATES)) {
      for (const notes of Object.values(templates)) expect(new Set(notes).size).toBeGreaterThanOrEqual(15);
    }
  });

  test.each(['2026', 'legacy'] as const)(
    '%s era: the reader yields exactly what was planted, from a folder',
    async (era) => {
      const generated = generateLinkedinExport({
        seed: 3,
        connections: 300,
        messages: 2000,
        invitations: 200,
        era,
      });
      const dir = join(await tempDir(), 'export');
      await writeFolder(generated.files, dir);
      const reader = await openLinkedinExport(dir, LIMIT);
      expect([...reader.skippedFiles].sort()).toEqual([...generated.truth.skippedFiles].sort());
      const { counts, issues } = await countAll(reader);
      expect(issues).toEqual([]);
      expect(counts).toEqual(generated.truth.counts);
      let hidden = 0;
      let pending = 0;
      for await (const batch of reader.read('connections'))
        hidden += batch.records.filter((r) => r.hidden).length;
      for await (const batch of reader.read('invitations')) {
        pending += batch.records.filter(
          (r) =>
            r.direction === 'incoming' &&
            !generated.truth.invitationsFromConnections.includes(r.inviterProfileUrl ?? ''),
        ).length;
      }
      expect(hidden).toBe(generated.truth.hiddenConnections);
      if (era === '2026') expect(pending).toBe(generated.truth.pendingIncoming);
      await reader.close();
    },
  );

  test('plants strong ties with recent messages and weak ties with none', async () => {
    const generated = generateLinkedinExport({ seed: 5, connections: 200, messages: 3000, invitations: 10 });
    const dir = join(await tempDir(), 'export');
    await writeFolder(generated.files, dir);
    const reader = await openLinkedinExport(dir, LIMIT);
    const talked = new Map<string, number>();
    for await (const batch of reader.read('messages')) {
      for (const m of batch.records) {
        for (const url of [m.senderProfileUrl, ...m.recipientProfileUrls])
          if (url) talked.set(url, (talked.get(url) ?? 0) + 1);
      }
    }
    for (const url of generated.truth.strongTies) expect(talked.get(url) ?? 0).toBeGreaterThan(20);
    for (const url of generated.truth.weakTies) expect(talked.has(url)).toBe(false);
    await reader.close();
  });

  test('derives a later export with the planned removals, additions, job changes and messages', () => {
    const base = generateLinkedinExport({ seed: 9, connections: 100, messages: 500, invitations: 40 });
    const later = generateLinkedinExport({
      seed: 9,
      connections: 100,
      messages: 500,
      invitations: 40,
      later: { removeConnections: 5, changeCompanies: 4, addConnections: 7, newMessages: 30, replies: 3 },
    });
    const truth = later.truth.later!;
    expect([truth.removed.length, truth.changedCompany.length, truth.added.length, truth.replies]).toEqual([
      5, 4, 7, 3,
    ]);
    expect(later.truth.counts.connections).toBe(base.truth.counts.connections - 5 + 7);
    expect(later.truth.counts.messages).toBe(base.truth.counts.messages + 30 + 3);
    const baseConnections = String(base.files.find((f) => f.path === 'Connections.csv')!.content);
    for (const url of truth.removed) expect(baseConnections).toContain(url.slice(28, 40));
  });

  test('streams a 200,000-message zip through the reader with the planted counts', async () => {
    const generated = generateLinkedinExport({
      seed: 1,
      connections: 3000,
      messages: 200_000,
      invitations: 500,
    });
    const path = join(await tempDir(), generated.name);
    await writeZip(generated.files, path);
    const reader = await openLinkedinExport(path, LIMIT);
    const { counts, issues } = await countAll(reader);
    expect(issues).toEqual([]);
    expect(counts).toEqual(generated.truth.counts);
    await reader.close();
  });
});

test('French notes contract their articles once an event is filled in', async () => {
  const { contractArticles, fillNote } = await import('./invitation-notes.js');
  expect(fillNote('On s’est croisés au {event}', { event: 'le 5 à 7 de la Chambre' })).toBe(
    'On s’est croisés au 5 à 7 de la Chambre',
  );
  expect(contractArticles('merci pour la discussion au la conférence Web')).toBe(
    'merci pour la discussion à la conférence Web',
  );
  expect(contractArticles('votre atelier au l’atelier LinkedIn')).toBe('votre atelier à l’atelier LinkedIn');
  expect(contractArticles('Salut, au revoir, la balle')).toBe('Salut, au revoir, la balle');
});
