import { networkStats } from '../../app/network/network-stats.js';
import { INVITATION_LABELS } from '../../core/labels.js';
import { UNLABELLED } from '../../core/network/stats.js';
import { formatTable } from '../format-table.js';
import { withStore } from '../with-store.js';
import type { RegisterCommand } from './index.js';

const LABELS = [...INVITATION_LABELS, UNLABELLED];

export const registerStats: RegisterCommand = (program, runtime) => {
  program
    .command('stats')
    .description('statistics over time: invitations, decisions, replies, network growth, tie strength')
    .option('--json', 'JSON output')
    .action(async (options: { json?: boolean }) => {
      const stats = await withStore(runtime, (store, ownerId) => networkStats(store, ownerId, new Date()));
      if (options.json) return runtime.json(stats);
      // Compact: only the labels that occur.
      const LABEL_COLUMNS = LABELS.filter((l) => (stats.totals.incoming[l] ?? 0) > 0);
      const header = [
        'month',
        ...LABEL_COLUMNS.map((l) => `in:${l}`),
        'out',
        'decided',
        'replies',
        'asks',
        '+conn',
        '-conn',
        'total',
      ];
      const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
      const rows = stats.months.map((m) => [
        m.month,
        ...LABEL_COLUMNS.map((l) => m.incoming[l] ?? 0),
        m.outgoing,
        sum(m.decisions),
        sum(m.replies),
        m.asks.asked === 0 ? '' : `${m.asks.answered}/${m.asks.asked}`,
        m.connected,
        m.removed,
        m.total,
      ]);
      const rate = stats.totals.asks.answerRate;
      runtime.out(
        [
          formatTable(header, rows),
          '',
          `strength deciles (0-9 … 90-100): ${stats.strengthDeciles.join(' ')}`,
          `connections: ${stats.totals.connections}; answer rate of asks: ${rate === null ? '-' : `${Math.round(rate * 100)}%`}`,
        ].join('\n'),
      );
    });
};
