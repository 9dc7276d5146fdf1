import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importLinkedinExport } from '../../src/app/import-linkedin.js';
import { ArrayExportReader } from '../../src/app/testing/fake-export-reader.js';
import { TRIAGE_ACTIONS } from '../../src/core/triage-actions.js';
import { openStore } from '../../src/store/open-store.js';
import { ensureBuilt } from './built-dist.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SOCKET = `strongties-triage-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-t', 'triage');

async function waitFor(text: string, timeoutMs = 10_000): Promise<string> {
  const end = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < end) {
    last = screen();
    if (last.includes(text)) return last;
    await sleep(50);
  }
  throw new Error(`"${text}" never showed; the screen was:\n${last}`);
}

const HOSTILE = 'Hello\u202Egnp.exe\u202C \u001b[31mRED\u001b[0m bell\u0007 — met you at the conference';
const invitation = (line: number, name: string, slug: string, sentAt: string, note: string) => ({
  line,
  fromName: name,
  toName: 'Alex Owner',
  sentAt,
  note,
  direction: 'incoming' as const,
  inviterProfileUrl: `https://www.linkedin.com/in/${slug}`,
  inviteeProfileUrl: 'https://www.linkedin.com/in/alex-owner',
});

describe('ties triage in a real terminal (tmux)', () => {
  let dir = '';
  let hasTmux = true;
  try {
    execFileSync('tmux', ['-V']);
  } catch {
    hasTmux = false;
  }
  const it = test.skipIf(!hasTmux);

  beforeAll(async () => {
    if (!hasTmux) return;
    ensureBuilt();
    dir = await mkdtemp(join(tmpdir(), 'strongties-tty-'));
    const store = await openStore({ dataDir: dir });
    await importLinkedinExport(
      store,
      new ArrayExportReader({
        invitations: [
          invitation(2, 'Mallory Evil', 'mallory-evil', '2026-11-20T10:00:00', HOSTILE),
          invitation(
            3,
            'Bob Plain',
            'bob-plain',
            '2026-11-19T10:00:00',
            'Hi, I would like to join your network.',
          ),
          invitation(4, 'Carol Quiet', 'carol-quiet', '2026-11-18T10:00:00', ''),
        ],
      }),
      { ownerId: 1 },
    );
    await store.close();
    const command = `node ${join(ROOT, 'bin', 'ties.js')} --data-dir ${dir} triage; echo EXITED $?; sleep 30`;
    tmux(
      'new-session',
      '-d',
      '-s',
      'triage',
      '-x',
      '120',
      '-y',
      '40',
      '-e',
      'LANG=en_US.UTF-8',
      // A person at a terminal: the CI runner's CI=true (which turns progress bars and prompts off)
      // must not leak into the session tmux gives the command.
      '-e',
      'CI=',
      '-e',
      'EDITOR=sed -i s/^/EDITED:/',
      command,
    );
  });
  afterAll(async () => {
    if (!hasTmux) return;
    try {
      tmux('kill-server');
    } catch {
      // Already gone.
    }
    await rm(dir, { recursive: true, force: true });
  });

  it('shows one invitation per screen with the note neutralised, and takes one key per action', async () => {
    const first = await waitFor('[1/3]');
    expect(first).toContain('Mallory Evil');
    // The override, the colour escape and the bell arrive as visible placeholders, not as effects.
    expect(first).toContain('Hello\uFFFDgnp.exe\uFFFD \uFFFD[31mRED\uFFFD[0m bell\uFFFD');
    // The trained classifier reads the note; whatever it says, the policy's suggestion and its rule show.
    expect(first).toMatch(/Policy suggests: (Accept|Decline|Ask how to be useful|Ignore|Later)/);
    expect(first).toContain('https://www.linkedin.com/in/mallory-evil');

    tmux('send-keys', '-t', 'triage', 'd');
    const second = await waitFor('[2/3]');
    expect(second).toContain('decline: recorded');
    expect(second).toContain('Bob Plain');

    tmux('send-keys', '-t', 'triage', 'e');
    const edited = await waitFor('EDITED:');
    expect(edited).toContain(', edited:');

    tmux('send-keys', '-t', 'triage', 'a');
    await waitFor('accept: recorded');
    tmux('send-keys', '-t', 'triage', 'u');
    const undone = await waitFor('Undone: accept Bob Plain');
    expect(undone).toContain('[2/3] Bob Plain');
    expect(undone).toContain('Status: pending');

    tmux('send-keys', '-t', 'triage', '?');
    const help = await waitFor('Keys:');
    for (const action of TRIAGE_ACTIONS)
      expect(help).toContain(action.keys[0]!.replace('Enter', '⏎').replace('ArrowDown', 'j'));
    expect(help).toContain('Decline');

    tmux('send-keys', '-t', 'triage', 'Down');
    await waitFor('[3/3] Carol Quiet');
    tmux('send-keys', '-t', 'triage', 'q');
    const end = await waitFor('EXITED 0');
    expect(end).toContain('Triage finished: 1 decided this session');

    const store = await openStore({ dataDir: dir });
    try {
      const rows = await store.db
        .selectFrom('decisions as d')
        .innerJoin('invitations as i', 'i.id', 'd.invitation_id')
        .select(['i.from_name', 'd.decision', 'd.decided_by', 'd.undone_at'])
        .orderBy('d.id')
        .execute();
      expect(rows.map((r) => [r.from_name, r.decision, r.decided_by, r.undone_at === null])).toEqual([
        ['Mallory Evil', 'decline', 'user', true],
        ['Bob Plain', 'accept', 'user', false],
      ]);
      const bob = await store.db
        .selectFrom('drafts')
        .innerJoin('invitations as i', 'i.id', 'drafts.invitation_id')
        .select(['drafts.text', 'drafts.edited', 'drafts.status'])
        .where('i.from_name', '=', 'Bob Plain')
        .where('drafts.status', '=', 'draft')
        .executeTakeFirstOrThrow();
      expect(bob.edited).toBe(1);
      expect(bob.text.startsWith('EDITED:')).toBe(true);
    } finally {
      await store.close();
    }
  });
});
