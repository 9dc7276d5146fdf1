import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, test } from 'vitest';
import yazl from 'yazl';
import { loadConfig } from '../../src/app/config.js';
import { runTies } from '../run-ties.js';

/** Issue 13, items 6, 7, 8 and 18: files built to hurt the reader, imported with `ties import`. */
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'strongties-hostile-files-'));
});
const freshEnv = async (): Promise<Record<string, string>> => ({
  STRONGTIES_DATA_DIR: await mkdtemp(join(dir, 'data-')),
});

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const row = (i: number) => `P${i},Q${i},https://www.linkedin.com/in/p-${i},,Acme,Dev,08 Feb 2026`;

/** A zip built with yazl from buffers or streams; `compress: false` stores the bytes as they are. */
function zip(entries: { name: string; content: Buffer | Readable; compress?: boolean }[]): Promise<Buffer> {
  const z = new yazl.ZipFile();
  for (const e of entries) {
    const options = { compress: e.compress ?? true, mtime: new Date(Date.UTC(2026, 0, 1)) };
    if (Buffer.isBuffer(e.content)) z.addBuffer(e.content, e.name, options);
    else z.addReadStream(e.content, e.name, options);
  }
  z.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    z.outputStream.on('data', (c: Buffer) => chunks.push(c));
    z.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    z.outputStream.on('error', reject);
  });
}

async function importJson(env: Record<string, string>, path: string, ...flags: string[]) {
  const run = await runTies(env, ['import', path, '--json', ...flags]);
  return { ...run, summary: run.out ? JSON.parse(run.out) : undefined };
}

function expectOneLine(run: { code: number; err: string }, mention: RegExp) {
  expect(run.code).toBe(1);
  expect(run.err.trim().split('\n')).toHaveLength(1);
  expect(run.err).toMatch(mention);
  expect(run.err).not.toMatch(/\n\s+at /);
}

describe('ties import reads every row of mixed line endings (item 6)', () => {
  test.each([
    ['LF header, then CR rows', `${HEADER}\n${row(1)}\r${row(2)}\r${row(3)}\r${row(4)}\r`],
    ['CRLF, then lone CR', `${HEADER}\r\n${row(1)}\r\n${row(2)}\r${row(3)}\r\n${row(4)}\r`],
  ])('%s: 4 of 4 rows', async (_name, csv) => {
    const path = join(dir, `mixed-${Math.random()}.zip`);
    await writeFile(path, await zip([{ name: 'Connections.csv', content: Buffer.from(csv) }]));
    const { code, summary } = await importJson(await freshEnv(), path);
    expect(code).toBe(0);
    expect(summary.connections.total).toBe(4);
    expect(summary.issues).toEqual([]);
  });
});

describe('ties import refuses a corrupt zip whole, in one line, the previous state intact (item 7)', () => {
  const rows = Array.from({ length: 2000 }, (_, i) => row(i)).join('\n');
  const csv = Buffer.from(`${HEADER}\n${rows}\n`);

  test.each([
    ['a CRC mismatch (one stored byte altered)', false],
    ['corrupted deflate data', true],
  ])('%s', async (_name, compress) => {
    const good = await zip([{ name: 'Connections.csv', content: csv, compress }]);
    const bad = Buffer.from(good);
    const at = good.indexOf(compress ? Buffer.from([]) : Buffer.from('P1000,'));
    // Stored: turn "P1000" into "X1000"; deflated: overwrite bytes in the middle of the stream.
    if (compress) bad.fill(0x55, 2000, 2040);
    else bad[at] = 'X'.charCodeAt(0);
    const env = await freshEnv();
    const goodPath = join(dir, `good-${compress}.zip`);
    await writeFile(
      goodPath,
      await zip([{ name: 'Connections.csv', content: Buffer.from(`${HEADER}\n${row(1)}\n`), compress }]),
    );
    const first = await importJson(env, goodPath);
    expect(first.code).toBe(0);
    const badPath = join(dir, `bad-${compress}.zip`);
    await writeFile(badPath, bad);
    expectOneLine(await runTies(env, ['import', badPath]), /bad-(true|false)\.zip.*corrupt/);
    const stats = await runTies(env, ['stats', '--json']);
    expect(stats.code).toBe(0);
    // Nothing of the corrupt archive was kept: the first import's connections only.
    expect(stats.out).not.toMatch(/"total":\s*(1999|2000)\b/);
    const again = await importJson(env, goodPath);
    expect(again.summary.connections.added).toBe(0);
  });
});

describe('ties import caps a field (item 8)', () => {
  test('a small zip holding a 300 MB field is cut while streaming, with bounded memory', async () => {
    const size = 300 * 1024 * 1024;
    let sent = 0;
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    const huge = new Readable({
      read() {
        if (sent === 0) this.push('From,To,Sent At,Message,Direction\nAnn Lee,Me,"1/29/26, 2:37 PM","');
        if (sent >= size) {
          this.push('",INCOMING\n');
          this.push(null);
          return;
        }
        sent += chunk.length;
        this.push(chunk);
      },
    });
    const path = join(dir, 'bomb.zip');
    await writeFile(path, await zip([{ name: 'Invitations.csv', content: huge }]));
    const env = await freshEnv();
    const { code, summary } = await importJson(env, path);
    expect(code).toBe(0);
    expect(summary.invitations.incoming).toBe(1);
    expect(summary.issues.map((i: { code: string; field: string }) => [i.code, i.field])).toEqual([
      ['field-truncated', 'Message'],
      ['field-truncated', 'message'],
    ]);
  }, 300_000);

  test('the cap is configurable: flag > environment > default', () => {
    expect(loadConfig({}, {}).maxFieldChars).toBe(100_000);
    expect(loadConfig({}, { STRONGTIES_MAX_FIELD_CHARS: '500' }).maxFieldChars).toBe(500);
    expect(loadConfig({ maxFieldChars: 50 }, { STRONGTIES_MAX_FIELD_CHARS: '500' }).maxFieldChars).toBe(50);
  });

  test('--max-field cuts at the given length and says what was cut', async () => {
    const csv = `${HEADER}\nAnn,${'L'.repeat(5000)},,,Acme,Dev,08 Feb 2026\n`;
    const path = join(dir, 'long.zip');
    await writeFile(path, await zip([{ name: 'Connections.csv', content: Buffer.from(csv) }]));
    const { summary, err } = await importJson(await freshEnv(), path, '--max-field', '1000');
    expect(err).toBe('');
    expect(summary.connections.total).toBe(1);
    expect(summary.issues).toEqual([
      expect.objectContaining({ code: 'field-truncated', line: 2, field: 'Last Name' }),
    ]);
  });
});

describe('small things (item 18)', () => {
  test('duplicate zip entry names: the issue says which one was read', async () => {
    const path = join(dir, 'dup.zip');
    await writeFile(
      path,
      await zip([
        { name: 'Connections.csv', content: Buffer.from(`${HEADER}\n${row(1)}\n`) },
        { name: 'Connections.csv', content: Buffer.from(`${HEADER}\n${row(2)}\n${row(3)}\n`) },
      ]),
    );
    const { code, summary } = await importJson(await freshEnv(), path);
    expect(code).toBe(3);
    expect(summary.connections.total).toBe(2);
    expect(summary.issues).toEqual([
      expect.objectContaining({
        code: 'duplicate-entry',
        message: expect.stringMatching(
          /Connections\.csv 2 times; the last one \(entry 2 of the archive\) is read/,
        ),
      }),
    ]);
  });

  test('a FIFO is refused at once, not waited on', async () => {
    const fifo = join(dir, 'export.zip');
    execFileSync('mkfifo', [fifo]);
    expectOneLine(await runTies(await freshEnv(), ['import', fifo]), /not a regular file/);
  });

  test('a header wider than the 64 KiB read to recognise it: the field count is the whole header', async () => {
    const extra = Array.from({ length: 9000 }, (_, i) => `Extra Column ${i}`);
    const csv = `${[HEADER, ...extra].join(',')}\n${row(1)}\n`;
    const path = join(dir, 'wide.zip');
    await writeFile(path, await zip([{ name: 'Connections.csv', content: Buffer.from(csv) }]));
    const { summary } = await importJson(await freshEnv(), path);
    expect(summary.issues).toEqual([
      expect.objectContaining({
        code: 'too-few-fields',
        message: expect.stringContaining(`7 fields where the header has ${7 + extra.length}`),
      }),
    ]);
  });
});
