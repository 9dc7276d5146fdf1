import { checkPolicyFile, initPolicy, loadPolicy, policyPath } from '../../app/policy/policy-file.js';
import { singleLine } from '../../core/inert-text.js';
import { formatPolicyError, PRESET_NAMES } from '../../core/policy/index.js';
import { EXIT } from '../exit-codes.js';
import type { RegisterCommand } from './index.js';

/** `ties policy init|show|check`: the user's written policy. */
export const registerPolicy: RegisterCommand = (program, runtime) => {
  const policy = program.command('policy').description('write, show and check your network policy');

  policy
    .command('init')
    .description(`write <data dir>/policy.yaml from a preset (${PRESET_NAMES.join(', ')})`)
    .requiredOption('--preset <name>', 'selective, field-open, open-networker, ask-first or argue-first')
    .option('--force', 'replace an existing policy')
    .action(async (opts: { preset: string; force?: boolean }) => {
      const file = await initPolicy({
        dataDir: runtime.config.dataDir,
        preset: opts.preset,
        force: Boolean(opts.force),
      });
      runtime.out(`wrote ${file} (preset ${opts.preset}); edit it, then run: ties policy check`);
    });

  policy
    .command('show')
    .description('show the policy in effect')
    .option('--policy <file>', 'a policy file (default: <data dir>/policy.yaml, else the selective preset)')
    .option('--json', 'print the validated policy as JSON')
    .action(async (opts: { policy?: string; json?: boolean }) => {
      const { policy: p, source } = await loadPolicy({ file: opts.policy, dataDir: runtime.config.dataDir });
      if (opts.json) return runtime.json({ source, policy: p });
      const lang = p.language;
      runtime.out(`policy: ${source}`);
      runtime.out(`goal: ${singleLine(p.goal[lang])}`);
      runtime.out(
        `channels: ${p.channels.map((c) => `${c.kind} ${singleLine(c.value)}`).join(', ') || '(none)'}`,
      );
      runtime.out(`signature: ${singleLine(p.signature)}`);
      runtime.out('rules (first match wins):');
      for (const [i, rule] of p.rules.entries()) {
        runtime.out(`  ${i + 1}. ${rule.name} -> ${rule.decision}  when ${JSON.stringify(rule.when)}`);
      }
      runtime.out(`  default -> ${p.default.decision}`);
    });

  policy
    .command('check')
    .description('validate a policy file; prints OK or every error with its line')
    .argument('[file]', 'the file to check (default: <data dir>/policy.yaml)')
    .action(async (file: string | undefined) => {
      const target = file ?? policyPath(runtime.config.dataDir);
      const result = await checkPolicyFile(target);
      if (result.ok) return runtime.out(`OK ${target}`);
      for (const error of result.errors) runtime.err(formatPolicyError(target, error));
      runtime.exitCode = EXIT.failure;
    });
};
