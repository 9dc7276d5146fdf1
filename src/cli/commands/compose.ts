import { composeStream } from '../../app/compose-stream.js';
import { loadPolicy } from '../../app/policy/policy-file.js';
import type { TextReader } from '../../core/classify/types.js';
import { VARIANTS, type Variant } from '../../core/compose/index.js';
import { StrongtiesError } from '../../core/errors.js';
import { LANGS, type Lang } from '../../core/labels.js';
import { EXIT } from '../exit-codes.js';
import { openInput } from '../open-input.js';
import type { RegisterCommand } from './index.js';

const oneOf = <T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined => {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new StrongtiesError('usage', `unknown ${name} '${value}' (expected one of ${allowed.join(', ')})`);
};

/** `ties compose`: JSON lines of invitations in, decisions and drafts out. Takes the classifier as a dependency. */
export const createComposeCommand =
  (reader: TextReader): RegisterCommand =>
  (program, runtime) => {
    program
      .command('compose')
      .description('decide and draft answers for invitations given as JSON lines (FILE or standard input)')
      .argument('[file]', 'JSON lines: {"id","name","note","headline"?,"variant"?}')
      .option('--policy <file>', 'policy file (default: <data dir>/policy.yaml, else the selective preset)')
      .option('--variant <name>', `message for every decision that sends one (${VARIANTS.join(', ')})`)
      .option('--lang <fr|en>', "drafts' language (default: the note's, else the policy's)")
      .option('--signature <text>', "overrides the policy's signature")
      .action(
        async (
          file: string | undefined,
          opts: { policy?: string; variant?: string; lang?: string; signature?: string },
        ) => {
          const variant = oneOf<Variant>('variant', opts.variant, VARIANTS);
          const lang = oneOf<Lang>('language', opts.lang, LANGS);
          const { policy } = await loadPolicy({ file: opts.policy, dataDir: runtime.config.dataDir });
          const input = await openInput(file, runtime.io.stdin);
          const { failed } = await composeStream(
            input,
            { policy, reader, options: { variant, lang, signature: opts.signature } },
            (output) => {
              runtime.json(output);
              if ('error' in output) runtime.err(`ties compose: line ${output.line}: ${output.error}`);
            },
          );
          if (failed > 0) runtime.exitCode = EXIT.partial;
        },
      );
  };
