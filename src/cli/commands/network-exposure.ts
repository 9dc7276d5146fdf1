import { DEFAULT_EXPOSURE, runExposureAudit } from '../../app/network/exposure.js';
import { singleLine } from '../../core/inert-text.js';
import { EXPOSURE_ADVICE_WORDS } from '../../core/network/exposure-audit.js';
import { withStore } from '../with-store.js';
import type { RegisterCommand } from './index.js';
import { networkCommand } from './network-group.js';

interface Options {
  competitor: string;
  client: string;
  hidden?: boolean;
  json?: boolean;
}

export const registerNetworkExposure: RegisterCommand = (program, runtime) => {
  networkCommand(program)
    .command('exposure')
    .description('which competitors can browse which clients through your connections list')
    .option('--competitor <segment>', 'the competitors segment', DEFAULT_EXPOSURE.competitor)
    .option('--client <segment>', 'the clients segment', DEFAULT_EXPOSURE.client)
    .option('--hidden', 'my connections list is already hidden on LinkedIn')
    .option('--json', 'JSON output')
    .action(async (options: Options) => {
      const audit = await withStore(runtime, (store, ownerId) =>
        runExposureAudit(
          store,
          ownerId,
          { competitor: options.competitor, client: options.client, connectionsListVisible: !options.hidden },
          new Date(),
        ),
      );
      if (options.json) return runtime.json(audit);
      const lang = runtime.config.lang;
      const c = audit.counts;
      const lines = [
        lang === 'fr'
          ? `${c.competitors} concurrents, ${c.clients} clients (${c.inBoth} dans les deux) : ${c.exposedPairs} paires exposées, ${c.exposedClients} clients visibles.`
          : `${c.competitors} competitors, ${c.clients} clients (${c.inBoth} in both): ${c.exposedPairs} exposed pairs, ${c.exposedClients} clients visible.`,
      ];
      for (const advice of audit.advice) {
        lines.push(EXPOSURE_ADVICE_WORDS[lang][advice.key]);
        for (const p of advice.people ?? []) {
          lines.push(`  ${p.strength ?? ''}\t${singleLine(p.name, 60)}  ${singleLine(p.profileUrl ?? '')}`);
        }
      }
      runtime.out(lines.join('\n'));
    });
};
