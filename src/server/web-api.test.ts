import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Config } from '../app/config.js';
import type { ImportSummary } from '../app/import-linkedin.js';
import { savePolicyText } from '../app/policy/policy-file.js';
import { autoTriage } from '../app/triage/index.js';
import { textReader } from '../core/classify/index.js';
import { parsePolicy } from '../core/policy/index.js';
import { openStore } from '../store/open-store.js';
import { createPostgresDatabase, STORE_KINDS, skipsOn } from '../store/testing/store-cases.js';
import { generateLinkedinExport, writeZip } from '../synthetic/index.js';
import { openWebApi, type WebApi } from './web-api.js';

const POLICY = `version: 1
language: en
goal: { fr: bâtir un réseau fort, en: build a strong network }
reason: { fr: nous ne nous sommes pas rencontrés, en: we have not met yet }
signature: Alex
rules:
  - name: pitches-asked
    when: { label: pitch }
    decision: ask
default: { decision: decline }
`;
const OPTIONS = { seed: 21, connections: 120, messages: 400, invitations: 160 } as const;
const NOW = new Date('2026-11-24T09:00:00Z');

describe.each(STORE_KINDS)('the web import on %s', (kind) => {
  const it = test.skipIf(skipsOn(kind));
  let dir = '';
  let config: Config;
  let api: WebApi;
  let drop = async () => {};

  beforeAll(async () => {
    if (skipsOn(kind)) return;
    dir = mkdtempSync(join(tmpdir(), 'strongties-web-api-'));
    let databaseUrl: string | undefined;
    if (kind === 'postgres')
      ({ url: databaseUrl, drop } = await createPostgresDatabase(inject('postgresUrl')));
    config = {
      dataDir: dir,
      ownerId: 1,
      lang: 'en',
      maxArchiveBytes: 500_000_000,
      maxFieldChars: 100_000,
      databaseUrl,
    };
    api = await openWebApi(config);
  });
  afterAll(async () => {
    await api?.close();
    await drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function upload(generated: ReturnType<typeof generateLinkedinExport>, name: string) {
    const zip = join(dir, `upload-${name}`);
    await writeZip(generated.files, zip);
    return (await api.services.importExport(zip, name, () => undefined)) as ImportSummary;
  }

  it('reads the replies in a new export, as ties import does (one import use case)', async () => {
    expect((await savePolicyText(dir, POLICY)).ok).toBe(true);
    const first = await upload(generateLinkedinExport(OPTIONS), 'first.zip');
    expect(first.archive).toBe('first.zip');

    const parsed = parsePolicy(POLICY);
    if (!parsed.ok) throw new Error('the test policy is valid');
    const store = await openStore(config);
    try {
      await autoTriage(store, 1, { policy: parsed.value, reader: textReader, now: NOW });
    } finally {
      await store.close();
    }

    const later = generateLinkedinExport({ ...OPTIONS, later: { replyKinds: { need: 3, pitch: 3 } } });
    expect(later.truth.later?.replied).toHaveLength(6);
    const second = await upload(later, 'second.zip');
    expect(second.replies).toEqual({ found: 6 });
  });
});
