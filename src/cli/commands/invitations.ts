import { Option } from 'commander';
import { listInvitations } from '../../app/list-invitations.js';
import { neutralizeText, singleLine } from '../../core/inert-text.js';
import { createTranslator } from '../i18n.js';
import type { Runtime } from '../runtime.js';
import { withStore } from '../with-store.js';
import type { RegisterCommand } from './index.js';

interface InvitationsOptions {
  status: 'pending' | 'all';
  json?: boolean;
  limit?: string;
}

export const registerInvitations: RegisterCommand = (program, runtime) => {
  program
    .command('invitations')
    .description('List invitations: incoming ones still waiting for your answer by default, newest first.')
    .addOption(
      new Option('--status <status>', 'pending: incoming, not yet answered, inviter not a connection')
        .choices(['pending', 'all'])
        .default('pending'),
    )
    .option('--limit <n>', 'show at most n invitations')
    .option('--json', 'print a JSON array')
    .action(async (options: InvitationsOptions) => {
      await printInvitations(runtime, options);
    });
};

export async function printInvitations(runtime: Runtime, options: InvitationsOptions): Promise<void> {
  const limit = options.limit === undefined ? undefined : Number.parseInt(options.limit, 10);
  const rows = await withStore(runtime, (store) =>
    listInvitations(store, runtime.config.ownerId, { status: options.status }),
  );
  const shown = limit !== undefined && Number.isFinite(limit) && limit >= 0 ? rows.slice(0, limit) : rows;
  if (options.json) {
    runtime.json(shown);
    return;
  }
  const t = createTranslator(runtime.config.lang);
  if (rows.length === 0) {
    runtime.out(t('invitations.none'));
    return;
  }
  const header = options.status === 'pending' ? 'invitations.header' : 'invitations.headerAll';
  runtime.out(t(header, { count: rows.length }));
  for (const row of shown) {
    runtime.out('');
    const when = row.sentAt.slice(0, 10);
    const who = singleLine(row.name || '?', 60);
    const what = row.headline ? ` — ${singleLine(row.headline, 80)}` : '';
    const status = options.status === 'all' ? ` [${row.direction} · ${row.status}]` : '';
    runtime.out(`${when}  ${who}${what}${status}`);
    if (row.profileUrl) runtime.out(`            ${singleLine(row.profileUrl)}`);
    const note = row.note.trim() === '' ? t('invitations.noNote') : neutralizeText(row.note.trim());
    for (const line of note.split('\n')) runtime.out(`            ${line}`);
  }
  if (shown.length < rows.length)
    runtime.out(`\n… ${rows.length - shown.length} more: ties invitations --limit ${rows.length}`);
}
