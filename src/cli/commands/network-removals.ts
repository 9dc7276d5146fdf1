import { listRemovals, type Removal } from '../../app/network/removals.js';
import { singleLine } from '../../core/inert-text.js';
import { withStore } from '../with-store.js';
import type { RegisterCommand } from './index.js';
import { networkCommand } from './network-group.js';

const TITLES = {
  en: {
    toRemove: 'To remove on LinkedIn (open each profile → More → Remove connection):',
    stillThere: 'Still there at the last import (remove them, then re-export):',
    confirmed: 'Confirmed removed by a later import:',
    none: 'No removal decided yet: run `ties network review`.',
  },
  fr: {
    toRemove: 'À retirer sur LinkedIn (ouvrez chaque profil → Plus → Retirer la relation) :',
    stillThere: 'Encore là au dernier import (retirez-les, puis exportez de nouveau) :',
    confirmed: 'Retraits confirmés par un import ultérieur :',
    none: 'Aucun retrait décidé : lancez `ties network review`.',
  },
} as const;

const line = (r: Removal): string =>
  `  ${singleLine(r.name, 60)}  ${singleLine(r.profileUrl ?? '(no profile URL)')}`;

export const registerNetworkRemovals: RegisterCommand = (program, runtime) => {
  networkCommand(program)
    .command('removals')
    .description('the connections to remove on LinkedIn, with links; which a later import confirmed')
    .option('--json', 'JSON output')
    .action(async (options: { json?: boolean }) => {
      const report = await withStore(runtime, (store, ownerId) => listRemovals(store, ownerId));
      if (options.json) return runtime.json(report);
      const words = TITLES[runtime.config.lang];
      const sections = (['toRemove', 'stillThere', 'confirmed'] as const).filter((k) => report[k].length > 0);
      if (sections.length === 0) return runtime.out(words.none);
      runtime.out(sections.map((k) => [words[k], ...report[k].map(line)].join('\n')).join('\n\n'));
    });
};
