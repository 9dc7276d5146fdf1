import { readFile } from 'node:fs/promises';
import { text as readStream } from 'node:stream/consumers';
import { ownerSigned } from '../../app/policy/owner-signed.js';
import { loadPolicy } from '../../app/policy/policy-file.js';
import { addReply } from '../../app/triage/index.js';
import type { TextReader } from '../../core/classify/types.js';
import { StrongtiesError } from '../../core/errors.js';
import { createTranslator } from '../i18n.js';
import { withStore } from '../with-store.js';
import type { RegisterCommand } from './index.js';

/** `ties reply add PERSON_URL [FILE]`: a reply pasted by the user (from FILE or standard input). */
export const createReplyCommand =
  (reader: TextReader): RegisterCommand =>
  (program, runtime) => {
    program
      .command('reply')
      .description('record what someone answered to your decline or ask')
      .command('add')
      .description('record a reply: its text from FILE, else standard input; classified, then acted on')
      .argument('<person-url>', 'the LinkedIn profile URL of the person who replied')
      .argument('[file]', 'a text file with the reply (default: standard input)')
      .option('--policy <file>', 'policy file (default: <data dir>/policy.yaml, else the selective preset)')
      .option('--json', 'print the recorded reply as JSON')
      .action(async (url: string, file: string | undefined, options: { policy?: string; json?: boolean }) => {
        const text = file
          ? await readFile(file, 'utf8').catch((cause: unknown) => {
              throw new StrongtiesError('not-found', 'cannot read the reply', { cause, file });
            })
          : await readStream(runtime.io.stdin);
        const { policy } = await loadPolicy({ file: options.policy, dataDir: runtime.config.dataDir });
        const reply = await withStore(runtime, async (store, ownerId) =>
          addReply(
            store,
            ownerId,
            { profileUrl: url, text },
            { policy: await ownerSigned(store, ownerId, policy), reader },
          ),
        );
        if (options.json) return runtime.json(reply);
        const t = createTranslator(runtime.config.lang);
        runtime.out(
          t('replies.added', {
            label: reply.label,
            confidence: Math.round(reply.confidence * 100),
            suggestion: reply.suggestion,
          }),
        );
      });
  };
