import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type ImportSummary, importLinkedinExport, isPartial } from '../../src/app/import-linkedin.js';
import { openLinkedinExport } from '../../src/import/linkedin/index.js';
import { zipBytes } from '../../src/import/linkedin/zip.fixtures.js';
import { newOwner, STORE_KINDS, skipsOn, suiteStore } from '../../src/store/testing/store-cases.js';

/**
 * The conformance suite: real LinkedIn exports of every era (2018–2026), published on GitHub and
 * pseudonymised, live in `../shared/real-exports` beside the repository (CI lays `shared/` beside its
 * clone). Each folder, and a zip of it built here, is imported on both databases and its summary
 * compared field by field with `_results/<name>.expected.json`, the counts a plain Python `csv`
 * reading found. Nothing of the corpus is copied into the repository.
 */
const CORPUS = resolve(
  process.env['STRONGTIES_REAL_EXPORTS'] ??
    join(import.meta.dirname, '..', '..', '..', 'shared', 'real-exports'),
);

interface ExpectedFile {
  file: string;
  encoding: string;
  delimiter: string;
  rows: number;
  hidden_no_name?: number;
  by_direction?: Record<string, number>;
  nondraft_rows?: number;
  nondraft_conversations?: number | null;
}
interface Expected {
  files: Partial<Record<string, ExpectedFile[]>>;
  other: string[];
}

/** The summary's figures the corpus gives, and how each is computed from expected.json. */
interface Figures {
  'connections.total': number;
  'connections.hidden': number;
  'invitations.incoming': number;
  'invitations.outgoing': number;
  'messages.total': number;
  'messages.conversations': number;
  endorsements: number;
  'recommendations.received': number;
  'recommendations.given': number;
  /** Rows dropped or a recognised file skipped (exit 3). */
  partial: boolean;
}

function expectedFigures(expected: Expected): Figures {
  const files = (kind: string) => expected.files[kind] ?? [];
  const sum = (kind: string, f: (x: ExpectedFile) => number) => files(kind).reduce((n, x) => n + f(x), 0);
  return {
    'connections.total': sum('connections', (x) => x.rows),
    'connections.hidden': sum('connections', (x) => x.hidden_no_name ?? 0),
    'invitations.incoming': sum('invitations', (x) => x.by_direction?.['INCOMING'] ?? 0),
    'invitations.outgoing': sum('invitations', (x) => x.by_direction?.['OUTGOING'] ?? 0),
    'messages.total': sum('messages', (x) => x.nondraft_rows ?? 0),
    'messages.conversations': sum('messages', (x) => x.nondraft_conversations ?? 0),
    endorsements: sum('endorsements', (x) => x.rows),
    'recommendations.received': sum('recommendationsReceived', (x) => x.rows),
    'recommendations.given': sum('recommendationsGiven', (x) => x.rows),
    partial: false,
  };
}

const figuresOf = (s: ImportSummary): Figures => ({
  'connections.total': s.connections.total,
  'connections.hidden': s.connections.hidden,
  'invitations.incoming': s.invitations.incoming,
  'invitations.outgoing': s.invitations.outgoing,
  'messages.total': s.messages.total,
  'messages.conversations': s.messages.conversations,
  endorsements: s.endorsements,
  'recommendations.received': s.recommendations.received,
  'recommendations.given': s.recommendations.given,
  partial: isPartial(s),
});

/**
 * Where expected.json is wrong, the right figure and why. Each was checked by hand against the
 * files; nothing here hides a reader's defect.
 */
const EXCEPTIONS: Record<string, { figures: Partial<Figures>; unread?: string[]; why: string }> = {
  'abhishekwebcode-2018': {
    figures: { 'messages.conversations': 12 },
    why: '2018 Messages.csv has no conversation id (expected.json: null); each message is grouped with the other person (From when incoming, To when outgoing): 12 people',
  },
  'irisZh6-2021': {
    figures: { 'invitations.incoming': 21, 'invitations.outgoing': 16 },
    why: 'InvitationsIn.csv and InvitationsOut.csv have the Invitations header and are rightly read by it; expected.json set them aside by name',
  },
  'irisZh6-2021-excel': {
    figures: { 'invitations.incoming': 191, 'invitations.outgoing': 33 },
    why: 'Invitations.csv repeats 12 rows with every field equal (1 incoming, 11 outgoing): true duplicates, stored once; the two rows sharing a key but not a note are both kept',
  },
  'joycesand-2022': {
    figures: { 'invitations.outgoing': 6 },
    why: 'Invitation.csv has the Invitations header and is read by it; it holds one outgoing invitation (9/10/22) that Invitations.csv dates 9/13/22: another row',
  },
  'mohamedeways-2023': {
    figures: { 'recommendations.received': 0, partial: true },
    unread: ['Recommendations_Received.csv'],
    why: 'Recommendations_Received.csv was re-saved without its First Name column (header "Last Name,…,Creation Date.1,Status"): skipped with a located missing-column issue, exit 3',
  },
  'sajiah-2022': {
    figures: { endorsements: 59 },
    why: 'the UTF-16 "Endorsement Received Info.csv" (59 rows) holds the 30 endorsements of Endorsement_Received_Info.csv and 29 more: 59 distinct, not 89',
  },
  'sstellamary-2024': {
    figures: { 'messages.total': 5973 },
    why: 'messages.csv repeats one row with every field equal: a true duplicate, stored once',
  },
};

/** expected.json names encodings as Python saw them; the summary names the one the reader used. */
const ENCODING_OF: Record<string, string> = {
  'utf-8': 'utf-8',
  'utf-8+bom': 'utf-8',
  'utf-16': 'utf-16le',
  // Python's strict UTF-8 failed on these bytes: they are Windows-1252 (ü, ’), read as such.
  'invalid-utf8': 'windows-1252',
};

const folders = existsSync(CORPUS)
  ? readdirSync(CORPUS, { withFileTypes: true })
      .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
      .map((d) => d.name)
      .sort()
  : [];

function filesOf(folder: string): Record<string, Buffer> {
  const dir = join(CORPUS, folder);
  return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name))]));
}

test('the corpus of real exports is where the suite expects it', () => {
  expect(
    folders.length,
    `no real exports at ${CORPUS}: the conformance suite needs ../shared/real-exports beside the repository (or STRONGTIES_REAL_EXPORTS)`,
  ).toBeGreaterThanOrEqual(19);
  for (const name of Object.keys(EXCEPTIONS))
    expect(folders, `exception for a missing folder`).toContain(name);
});

describe.each(STORE_KINDS)('real LinkedIn exports of every era on %s', (kind) => {
  const store = suiteStore(kind);
  const importOnce = async (path: string) => {
    const reader = await openLinkedinExport(path, { maxUncompressedBytes: 2 ** 31 });
    try {
      return await importLinkedinExport(store(), reader, { ownerId: await newOwner(store()) });
    } finally {
      await reader.close();
    }
  };

  test.skipIf(skipsOn(kind)).each(folders)(
    '%s, as a folder and as a zip, matches its expected counts',
    async (folder) => {
      const expected = JSON.parse(
        readFileSync(join(CORPUS, '_results', `${folder}.expected.json`), 'utf8'),
      ) as Expected;
      const exception = EXCEPTIONS[folder];
      const want = { ...expectedFigures(expected), ...exception?.figures };
      const zipDir = await mkdtemp(join(tmpdir(), 'strongties-real-'));
      const zip = join(zipDir, `${folder}.zip`);
      await writeFile(zip, await zipBytes(filesOf(folder)));
      for (const path of [join(CORPUS, folder), zip]) {
        const summary = await importOnce(path);
        const why = exception ? ` (exception: ${exception.why})` : '';
        expect(
          figuresOf(summary),
          `${path}${why}; got ${JSON.stringify(figuresOf(summary))}; issues: ${JSON.stringify(summary.issues.slice(0, 3))}`,
        ).toEqual(want);
        // Each file read with the encoding and delimiter its bytes and header show.
        for (const file of Object.values(expected.files).flat()) {
          if (file === undefined || exception?.unread?.includes(file.file)) continue;
          const read = summary.files.find((f) => f.path === file.file);
          expect(read, `${folder}/${file.file} was not read`).toBeDefined();
          expect([read?.encoding, read?.delimiter], `${folder}/${file.file}`).toEqual([
            ENCODING_OF[file.encoding],
            file.delimiter,
          ]);
        }
        // Every date read, no literal U+FFFD taken for bad bytes, no file that is not ours reported:
        // the only issues are those the exceptions explain.
        expect(summary.issues.filter((i) => !exception?.unread?.includes(i.file))).toEqual([]);
      }
    },
    600_000,
  );
});
