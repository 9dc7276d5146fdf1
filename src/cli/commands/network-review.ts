import type { Readable } from 'node:stream';
import { undoBatch } from '../../app/changes/undo.js';
import type { NetworkTie } from '../../app/network/network-ties.js';
import { applyReview, reviewQueue } from '../../app/network/review.js';
import { singleLine } from '../../core/inert-text.js';
import type { Lang } from '../../core/labels.js';
import { reviewActionForKey, reviewHelp } from '../../core/network/review-actions.js';
import { describeFactor } from '../../core/network/tie-factor-words.js';
import { topFactors } from '../../core/network/tie-strength.js';
import type { Store } from '../../store/store.js';
import { keyReader } from '../key-reader.js';
import type { Runtime } from '../runtime.js';
import { withStore } from '../with-store.js';
import type { RegisterCommand } from './index.js';
import { networkCommand, wholeNumber } from './network-group.js';

const QUESTION = { en: 'Do you remember this person?', fr: 'Vous souvenez-vous de cette personne ?' };
const DONE = { en: 'Review finished', fr: 'Revue terminée' };

export const registerNetworkReview: RegisterCommand = (program, runtime) => {
  networkCommand(program)
    .command('review')
    .description(
      'the clean-up review, weakest ties first: one key each (k keep, r remove, s skip, m, g, u, q, ?)',
    )
    .option('--limit <n>', 'without a terminal: at most n rows of the queue', wholeNumber)
    .option('--json', 'print the queue as JSON')
    .action(async (options: { limit?: number; json?: boolean }) => {
      await withStore(runtime, async (store, ownerId) => {
        const queue = await reviewQueue(store, ownerId, new Date());
        if (options.json) return runtime.json(queue.slice(0, options.limit ?? queue.length));
        if (!(runtime.io.stdin.isTTY && runtime.interactive)) {
          return runtime.out(
            queue
              .slice(0, options.limit ?? queue.length)
              .map((t) => describeTie(t, runtime.config.lang))
              .join('\n'),
          );
        }
        await interactiveReview(runtime, store, ownerId, queue);
      });
    });
};

function describeTie(t: NetworkTie, lang: Lang): string {
  const why = topFactors(t)
    .map((f) => describeFactor(f, lang))
    .join('; ');
  const where = [t.position, t.company].filter(Boolean).join(', ');
  return `${t.score}\t${singleLine(t.name || '(hidden)', 60)}${where ? ` — ${singleLine(where, 60)}` : ''}\t${singleLine(t.profileUrl ?? '')}\t${why}`;
}

async function interactiveReview(
  runtime: Runtime,
  store: Store,
  ownerId: number,
  queue: NetworkTie[],
): Promise<void> {
  const lang = runtime.config.lang;
  const keys = keyReader(runtime.io.stdin as Readable & { setRawMode?: (raw: boolean) => void });
  const history: Array<{ index: number; batch: string }> = [];
  let index = 0;
  let answered = 0;
  try {
    while (index < queue.length) {
      const tie = queue[index]!;
      runtime.out(
        `\n[${index + 1}/${queue.length}] ${describeTie(tie, lang)}\n${QUESTION[lang]} (k/r/s/m/g/u/q/?)`,
      );
      const key = await keys.next();
      // Ctrl-C and Ctrl-D quit like q: every answer so far is already saved.
      if (key === undefined || key === '\u0003' || key === '\u0004') break;
      const action = reviewActionForKey(key);
      if (action === undefined) continue;
      if (action.name === 'quit') break;
      if (action.name === 'help') {
        runtime.out(reviewHelp(lang).join('\n'));
        continue;
      }
      if (action.name === 'undo') {
        const last = history.pop();
        if (last) {
          await undoBatch(store, ownerId, last.batch);
          index = last.index;
          answered--;
        }
        continue;
      }
      if ('effect' in action) {
        history.push({
          index,
          batch: (await applyReview(store, ownerId, tie.connectionId, action.effect, new Date())).batch,
        });
        answered++;
        index++;
      }
    }
  } finally {
    keys.close();
  }
  runtime.out(`${DONE[lang]}: ${answered}/${queue.length}`);
}
