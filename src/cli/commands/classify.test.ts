import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { EXIT } from '../exit-codes.js';
import { main } from '../main.js';

async function run(args: string[], stdin = '') {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks: string[] = [];
  const errors: string[] = [];
  stdout.on('data', (c: Buffer) => chunks.push(c.toString()));
  stderr.on('data', (c: Buffer) => errors.push(c.toString()));
  const code = await main(args, { stdout, stderr, stdin: Readable.from([stdin]), env: {} });
  const lines = chunks
    .join('')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code, lines, stderr: errors.join('') };
}

describe('ties classify', () => {
  test('writes one result per input line, in order, with label, language, confidence and signals', async () => {
    const input = [
      { id: 'a', text: 'Salut! On s’est croisés au 5 à 7 de la Chambre jeudi.' },
      { id: 'b', text: '' },
      { id: 'c', text: 'Let’s connect 🙂' },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n');
    const { code, lines } = await run(['classify', '--kind', 'invitation'], input);
    expect(code).toBe(EXIT.ok);
    expect(lines.map((l) => l['id'])).toEqual(['a', 'b', 'c']);
    expect(lines[1]).toMatchObject({ label: 'none', confidence: 1 });
    expect(lines[0]).toMatchObject({ lang: 'fr' });
    expect(lines[2]).toMatchObject({ lang: 'en' });
    for (const line of lines) {
      expect(Object.keys(line)).toEqual([
        'id',
        'label',
        'lang',
        'confidence',
        'unsure',
        'between',
        'signals',
      ]);
      expect(line['confidence']).toBeGreaterThan(0);
      expect(line['confidence']).toBeLessThanOrEqual(1);
    }
    expect(lines[2]!['label']).not.toBe('none');
  });

  test('reports malformed lines by id or line number, goes on, ignores blank lines and exits partial', async () => {
    const input = [
      '{"id": "ok1", "text": "Merci, je comprends."}',
      '',
      'not json',
      '{"id": "no-text"}',
      '{"id": "n", "text": 42}',
      '[1, 2]',
      '{"id": "ok2", "text": "Thanks, fair enough."}',
    ].join('\n');
    const { code, lines, stderr } = await run(['classify', '--kind', 'reply'], input);
    expect(code).toBe(EXIT.partial);
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatchObject({ id: 'ok1' });
    expect(lines[1]).toMatchObject({ id: null, line: 3 });
    expect(lines[2]).toMatchObject({ id: 'no-text', line: 4 });
    expect(lines[3]).toMatchObject({ id: 'n', line: 5 });
    expect(lines[4]).toMatchObject({ id: null, line: 6 });
    expect(lines[5]).toMatchObject({ id: 'ok2', lang: 'en' });
    for (const line of lines.slice(1, 5)) expect(typeof line['error']).toBe('string');
    expect(stderr).toContain('4 lines');
  });

  test('reads a file given as argument, CRLF line endings included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ties-classify-'));
    const file = join(dir, 'replies.jsonl');
    writeFileSync(
      file,
      '{"id": 1, "text": "Je comprends."}\r\n{"id": 2, "text": "Book a demo: https://bit.ly/x"}\r\n',
    );
    const { code, lines } = await run(['classify', '--kind', 'reply', file]);
    expect(code).toBe(EXIT.ok);
    expect(lines.map((l) => l['id'])).toEqual([1, 2]);
  });

  test('a missing file is one clear error line, not a stack trace', async () => {
    const { code, stderr } = await run(['classify', '--kind', 'reply', '/nonexistent/replies.jsonl']);
    expect(code).toBe(EXIT.failure);
    expect(stderr).toMatch(/^ties: .*cannot read \/nonexistent\/replies.jsonl\n$/);
  });

  test('refuses an unknown kind as a usage error', async () => {
    const { code, stderr } = await run(['classify', '--kind', 'email'], '{"text": "x"}');
    expect(code).toBe(EXIT.usage);
    expect(stderr).toContain('invitation, reply');
  });
});
