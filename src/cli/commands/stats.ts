import { networkStats } from '../../app/network/network-stats.js';
import { INVITATION_LABELS } from '../../core/labels.js';
import { UNLABELLED } from '../../core/network/stats.js';
import { formatTable } from '../format-table.js';
import { createTranslator } from '../i18n.js';
import { withStore } from '../with-store.js';
import type { RegisterCommand } from './index.js';

const LABELS = [...INVITATION_LABELS, UNLABELLED];

export const registerStats: RegisterCommand = (program, runtime) => {
  program
    .command('stats')
    .description('statistics over time: invitations, decisions, replies, network growth, tie strength')
    .option('--json', 'JSON output (every month)')
    .option('--months <n>', 'months shown in the table, the latest last (0: all)', '12')
    .action(async (options: { json?: boolean; months: string }) => {
      const stats = await withStore(runtime, (store, ownerId) => networkStats(store, ownerId, new Date()));
      if (options.json) return runtime.json(stats);
      const t = createTranslator(runtime.config.lang);
      // Compact: only the labels that occur, and the latest months.
      const labelColumns = LABELS.filter((l) => (stats.totals.incoming[l] ?? 0) > 0);
      const header = [
        t('stats.month'),
        ...labelColumns.map((label) => t('stats.incoming', { label: t(`labels.${label}`) })),
        t('stats.outgoing'),
        t('stats.decided'),
        t('stats.replies'),
        t('stats.asks'),
        t('stats.connected'),
        t('stats.removed'),
        t('stats.total'),
      ];
      const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
      const wanted = Number.parseInt(options.months, 10);
      const months = Number.isFinite(wanted) && wanted > 0 ? stats.months.slice(-wanted) : stats.months;
      const rows = months.map((m) => [
        m.month,
        ...labelColumns.map((l) => m.incoming[l] ?? 0),
        m.outgoing,
        sum(m.decisions),
        sum(m.replies),
        m.asks.asked === 0 ? '' : `${m.asks.answered}/${m.asks.asked}`,
        m.connected,
        m.removed,
        m.total,
      ]);
      const rate = stats.totals.asks.answerRate;
      const lines = [formatTable(header, rows), ''];
      if (months.length < stats.months.length) {
        lines.push(t('stats.shown', { count: months.length, all: stats.months.length }));
      }
      lines.push(t('stats.deciles', { deciles: stats.strengthDeciles.join(' ') }));
      lines.push(
        t('stats.summary', {
          connections: stats.totals.connections,
          rate: rate === null ? '–' : `${Math.round(rate * 100)} %`,
        }),
      );
      runtime.out(lines.join('\n'));
    });
};
