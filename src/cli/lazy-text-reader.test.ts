import { expect, test } from 'vitest';
import { LazyTextReader, readyReader } from './lazy-text-reader.js';

test('the lazy reader refuses to classify before it is ready, then answers like the trained one', async () => {
  const lazy = new LazyTextReader();
  expect(() => lazy.classifyInvitation('Hello')).toThrow(/before LazyTextReader.ready/);
  const trained = await readyReader(lazy);
  const note = 'We met at the Montréal AI meetup last week, great talk!';
  expect(lazy.classifyInvitation(note)).toEqual(trained.classifyInvitation(note));
  expect(lazy.detectLanguage('Bonjour, au plaisir de jaser!')).toBe('fr');
});

test('ties --help does not load the classifier; ties compose loads it before its action', async () => {
  const { main } = await import('./main.js');
  const { PassThrough } = await import('node:stream');
  const lazy = new LazyTextReader();
  const io = () => ({
    stdin: new PassThrough(),
    stdout: new PassThrough(),
    stderr: new PassThrough(),
    env: {},
  });
  await main(['--help'], io(), lazy);
  expect(() => lazy.detectLanguage('x')).toThrow();
  const withInput = io();
  withInput.stdin.end('{"id":"1","text":"Salut!"}\n');
  await main(['compose'], withInput, lazy);
  expect(lazy.detectLanguage('Bonjour à tous')).toBe('fr');
});
