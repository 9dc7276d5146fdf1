import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  REVIEW_ACTIONS,
  type ReviewActionName,
  reviewActionForKey,
} from '../../core/network/review-actions.js';
import type { TieView } from '../../server/network-types.js';
import { send } from '../api.js';
import { HelpOverlay } from '../help-overlay.js';
import { KeyName } from '../key-name.js';
import { isTypingTarget } from '../typing-target.js';
import { useFetch } from '../use-fetch.js';
import { TieCard } from './tie-card.js';

type Answer = 'keep' | 'remove' | 'skip' | 'met' | 'group';

interface ReviewContext {
  answer: (name: Answer) => void;
  undo: () => void;
  toggleHelp: () => void;
  quit: () => void;
}

/** What each registry action does on this screen; the compiler checks that none is missing. */
const PERFORM = {
  keep: (c) => c.answer('keep'),
  remove: (c) => c.answer('remove'),
  skip: (c) => c.answer('skip'),
  met: (c) => c.answer('met'),
  group: (c) => c.answer('group'),
  undo: (c) => c.undo(),
  quit: (c) => c.quit(),
  help: (c) => c.toggleHelp(),
} satisfies Record<ReviewActionName, (context: ReviewContext) => void>;

/** The clean-up review: the weakest tie first, one key per answer, the next one at once. */
export function ReviewView({ onQuit }: { onQuit: () => void }) {
  const { t } = useTranslation();
  const loaded = useFetch<{ queue: TieView[] }>('/api/network/review');
  const [queue, setQueue] = useState<TieView[] | null>(null);
  const [answered, setAnswered] = useState<TieView[]>([]);
  const [help, setHelp] = useState(false);
  const [said, setSaid] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  // Answers go to the server one after another, so that undo always takes back the last one.
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  // Each answer is a batch of the change log; undo names the last one (POST /api/undo).
  const batches = useRef<string[]>([]);
  const post = useCallback((path: string, body?: () => object) => {
    chain.current = chain.current
      .then(async () => {
        const answer = await send<{ batch?: string }>('POST', path, body?.());
        if (answer.batch) batches.current.push(answer.batch);
      })
      .catch((e: unknown) => setFailure(String((e as Error).message)));
  }, []);

  useEffect(() => {
    if (loaded.state === 'ready') setQueue(loaded.value.queue);
  }, [loaded]);

  const current = queue?.[0];
  const answer = useCallback(
    (name: Answer) => {
      if (!current) return;
      setQueue((q) => {
        if (!q) return q;
        const rest = q.slice(1);
        return name === 'skip' ? [...rest, { ...current, reviewStatus: 'skip' }] : rest;
      });
      setAnswered((a) => [...a, current]);
      const action = REVIEW_ACTIONS.find((a) => a.name === name);
      setSaid(`${action ? t(action.labelKey) : name}: ${current.name}`);
      post('/api/network/review', () => ({ connectionId: current.connectionId, action: name }));
    },
    [current, post, t],
  );
  const undo = useCallback(() => {
    const last = answered.at(-1);
    if (!last) return;
    setAnswered((a) => a.slice(0, -1));
    setQueue((q) => [last, ...(q ?? []).filter((x) => x.connectionId !== last.connectionId)]);
    setSaid(t('network.review.undone', { name: last.name }));
    post('/api/undo', () => ({ batch: batches.current.pop() }));
  }, [answered, post, t]);
  const toggleHelp = useCallback(() => setHelp((h) => !h), []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      if (help && event.key !== '?') return;
      const action = reviewActionForKey(event.key);
      if (!action) return;
      event.preventDefault();
      PERFORM[action.name]({ answer, undo, toggleHelp, quit: onQuit });
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [answer, undo, toggleHelp, onQuit, help]);

  if (loaded.state === 'loading' || (loaded.state === 'ready' && queue === null))
    return <p>{t('app.loading')}</p>;
  if (loaded.state === 'error') return <p role="alert">{t('app.error', { message: loaded.message })}</p>;
  const left = queue?.length ?? 0;
  return (
    <div className="review">
      <p className="status">
        {t('network.review.left', { count: left })} · {t('network.review.helpHint')}
      </p>
      <p className="said" aria-live="polite">
        {said}
      </p>
      {failure && <p role="alert">{t('app.error', { message: failure })}</p>}
      {current ? (
        <>
          <p className="question">{t('network.review.question')}</p>
          <TieCard tie={current} />
          <fieldset className="review-keys">
            <legend className="visually-hidden">{t('network.review.answers')}</legend>
            {REVIEW_ACTIONS.filter((a) => a.name !== 'quit').map((a) => (
              <button
                key={a.name}
                type="button"
                data-action={a.name}
                disabled={a.name === 'undo' && answered.length === 0}
                onClick={() => PERFORM[a.name]({ answer, undo, toggleHelp, quit: onQuit })}
              >
                <KeyName name={a.keys[0]} /> {t(a.labelKey)}
              </button>
            ))}
          </fieldset>
        </>
      ) : (
        <>
          <p className="done">{t('network.review.done')}</p>
          {answered.length > 0 && (
            <button type="button" onClick={undo}>
              <kbd>u</kbd> {t('reviewActions.undo')}
            </button>
          )}
        </>
      )}
      {help && <HelpOverlay onClose={() => setHelp(false)} actions={REVIEW_ACTIONS} />}
    </div>
  );
}
