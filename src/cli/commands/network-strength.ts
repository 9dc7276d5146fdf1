import { Option } from 'commander';
import {
  listStrength,
  STRENGTH_SORTS,
  type StrengthQuery,
  type StrengthSort,
} from '../../app/network/strength-list.js';
import { describeFactor } from '../../core/network/tie-factor-words.js';
import { topFactors } from '../../core/network/tie-strength.js';
import { formatTable } from '../format-table.js';
import { withStore } from '../with-store.js';
import type { RegisterCommand } from './index.js';
import { networkCommand, wholeNumber } from './network-group.js';

interface Options {
  json?: boolean;
  sort: StrengthSort;
  desc?: boolean;
  min?: number;
  max?: number;
  segment?: string;
  limit?: number;
}

export const registerNetworkStrength: RegisterCommand = (program, runtime) => {
  networkCommand(program)
    .command('strength')
    .description('tie strength of every connection (0-100) with its top factors, weakest first')
    .addOption(new Option('--sort <key>', 'sort by').choices(STRENGTH_SORTS).default('score'))
    .option('--desc', 'strongest (or newest, or Z) first')
    .option('--min <n>', 'only scores at least n', wholeNumber)
    .option('--max <n>', 'only scores at most n', wholeNumber)
    .option('--segment <name>', 'only this segment')
    .option('--limit <n>', 'at most n rows', wholeNumber)
    .option('--json', 'JSON output')
    .action(async (options: Options) => {
      const query: StrengthQuery = { sort: options.sort };
      if (options.desc) query.descending = true;
      if (options.min !== undefined) query.min = options.min;
      if (options.max !== undefined) query.max = options.max;
      if (options.segment !== undefined) query.segment = options.segment;
      if (options.limit !== undefined) query.limit = options.limit;
      const ties = await withStore(runtime, (store, ownerId) =>
        listStrength(store, ownerId, query, new Date()),
      );
      const lang = runtime.config.lang;
      if (options.json) {
        runtime.json(ties.map((t) => ({ ...t, words: t.factors.map((f) => describeFactor(f, lang)) })));
        return;
      }
      const header =
        lang === 'fr' ? ['force', 'nom', 'entreprise', 'raisons'] : ['score', 'name', 'company', 'why'];
      const rows = ties.map((t) => [
        t.score,
        t.name || '(hidden)',
        t.company ?? '',
        topFactors(t)
          .map((f) => describeFactor(f, lang))
          .join('; '),
      ]);
      runtime.out(formatTable(header, rows, 60));
    });
};
