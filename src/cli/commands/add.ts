import { readFile } from 'node:fs/promises';
import { type AddedInvitation, addInvitations } from '../../app/add-invitations.js';
import { ownerSigned } from '../../app/policy/owner-signed.js';
import { loadPolicy } from '../../app/policy/policy-file.js';
import { loadTriageItem, type TriageItem } from '../../app/triage/index.js';
import type { TextReader } from '../../core/classify/types.js';
import type { Issue } from '../../core/errors.js';
import { StrongtiesError } from '../../core/errors.js';
import { singleLine } from '../../core/inert-text.js';
import { type ManualInvitation, parseInvitationRow } from '../../import/other-network/invitation-row.js';
import { readJsonLines } from '../../import/other-network/read-invitations.js';
import { EXIT } from '../exit-codes.js';
import { createTranslator } from '../i18n.js';
import { issueLine } from '../issue-line.js';
import type { Runtime } from '../runtime.js';
import { TerminalLines } from '../terminal-lines.js';
import { renderItem } from '../triage-screen.js';
import { withStore } from '../with-store.js';
import type { RegisterCommand } from './index.js';

interface AddFlags {
  name?: string;
  url?: string;
  headline?: string;
  date?: string;
  note?: string;
  noteFile?: string;
  network?: string;
  outgoing?: boolean;
  json?: boolean;
}

/** `ties add`, with the reader that labels the pasted notes. */
export const createAddCommand =
  (reader: TextReader): RegisterCommand =>
  (program, runtime) => {
    program
      .command('add')
      .description(
        'Paste an invitation (from flags, a prompt on a terminal, or JSON lines on standard input).',
      )
      .option('--name <name>', "the sender's name, as shown on the invitation")
      .option('--url <profile-url>', 'their profile URL, in any form LinkedIn shows it')
      .option('--headline <text>', 'their headline, if shown')
      .option('--date <YYYY-MM-DD>', 'when it was sent (default: now)')
      .option('--note <text>', 'the note, exactly as written')
      .option('--note-file <path>', 'read the note from a file (keeps line breaks and emojis)')
      .option('--network <name>', 'linkedin (default), xing, malt, viadeo, x…')
      .option('--outgoing', 'an invitation you sent, not one you received')
      .option('--json', 'print what was added as JSON lines')
      .addHelpText(
        'after',
        `
JSON lines on standard input take the fields network, name, profileUrl, headline, note, date,
direction (one invitation per line); a malformed line is reported with its number and the others
are added. The same invitation pasted again, or arriving later in a LinkedIn export, stays one.`,
      )
      .action(async (flags: AddFlags) => {
        await runAdd(runtime, flags, reader);
      });
  };

async function runAdd(runtime: Runtime, flags: AddFlags, reader: TextReader): Promise<void> {
  const t = createTranslator(runtime.config.lang);
  const { records, issues } = await gather(runtime, flags);
  for (const issue of issues) runtime.err(issueLine(issue));
  const { policy } =
    records.length === 0 ? { policy: undefined } : await loadPolicy({ dataDir: runtime.config.dataDir });
  const results = await withStore(runtime, async (store, ownerId) => {
    const added = await addInvitations(store, ownerId, records, { source: 'manual', reader });
    const signed = policy && (await ownerSigned(store, ownerId, policy));
    // What the user came for: the label, the policy's suggestion and the draft, at once.
    const items: (TriageItem | null)[] = [];
    for (const a of added) {
      items.push(
        signed ? await loadTriageItem(store, ownerId, a.invitationId, { policy: signed, reader }) : null,
      );
    }
    return added.map((a, i) => ({ ...a, item: items[i] ?? null }));
  });
  if (flags.json) for (const r of results) runtime.json(r);
  else printAdded(runtime, records, results, t);
  if (issues.length > 0) runtime.exitCode = results.length > 0 ? EXIT.partial : EXIT.failure;
}

function printAdded(
  runtime: Runtime,
  records: ManualInvitation[],
  added: (AddedInvitation & { item: TriageItem | null })[],
  t: ReturnType<typeof createTranslator>,
) {
  added.forEach((a, i) => {
    const name = singleLine(records[i]?.name ?? '', 60);
    runtime.out(t(a.added ? 'add.added' : 'add.merged', { name, id: a.invitationId, label: a.label ?? '?' }));
    if (a.item)
      runtime.out(renderItem(a.item, i, added.length, t, { keyHints: false, lang: runtime.config.lang }));
  });
}

async function gather(
  runtime: Runtime,
  flags: AddFlags,
): Promise<{ records: ManualInvitation[]; issues: Issue[] }> {
  if (flags.name !== undefined) return one(await fromFlags(flags), 'command line');
  if (runtime.io.stdin.isTTY) return one(await fromPrompt(runtime, flags), 'prompt');
  return readJsonLines(await readAll(runtime), 'stdin');
}

function one(row: Record<string, unknown>, file: string): { records: ManualInvitation[]; issues: Issue[] } {
  const parsed = parseInvitationRow(row, file, 1);
  if (!parsed.ok) {
    const { message, field, line } = parsed.error;
    throw new StrongtiesError('invalid-input', message, { line, ...(field ? { field } : {}) });
  }
  return { records: [parsed.value], issues: [] };
}

async function fromFlags(flags: AddFlags): Promise<Record<string, unknown>> {
  const note = flags.noteFile !== undefined ? await readNoteFile(flags.noteFile) : (flags.note ?? '');
  return {
    name: flags.name,
    profileUrl: flags.url,
    headline: flags.headline,
    date: flags.date,
    note,
    network: flags.network,
    direction: flags.outgoing ? 'outgoing' : 'incoming',
  };
}

async function readNoteFile(path: string): Promise<string> {
  try {
    return (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    throw new StrongtiesError('not-found', `cannot read the note file: ${String(error)}`, {
      file: path,
      cause: error,
    });
  }
}

async function fromPrompt(runtime: Runtime, flags: AddFlags): Promise<Record<string, unknown>> {
  const t = createTranslator(runtime.config.lang);
  const lines = new TerminalLines(runtime);
  try {
    const name = await lines.ask(t('add.askName'));
    if (name === undefined || name.trim() === '') throw new StrongtiesError('usage', t('add.noName'));
    return {
      name,
      profileUrl: await lines.ask(t('add.askUrl')),
      headline: await lines.ask(t('add.askHeadline')),
      date: await lines.ask(t('add.askDate')),
      note: await lines.askLines(t('add.askNote')),
      network: flags.network,
      direction: flags.outgoing ? 'outgoing' : 'incoming',
    };
  } finally {
    lines.close();
  }
}

async function readAll(runtime: Runtime): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of runtime.io.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}
