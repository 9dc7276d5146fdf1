import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../core/labels.js';
import { actionForKey, type TriageActionName } from '../../core/triage-actions.js';
import type { DraftView, TriageItemView } from '../../server/triage-types.js';
import { send } from '../api.js';
import { HelpOverlay } from '../help-overlay.js';
import { safeProfileHref } from '../linkedin-link.js';
import { navigateTo } from '../navigate.js';
import { CurrentInvitation } from '../triage/current-invitation.js';
import { DraftEditor } from '../triage/draft-editor.js';
import { type TriageQueue, useTriageQueue } from '../triage/use-triage-queue.js';
import { isTypingTarget } from '../typing-target.js';
import { PASTE_PATH } from './paste-screen.js';

/** Only a window of the list is drawn: 5,000 rows would make every keystroke slow. */
const WINDOW = 40;

interface TriageContext {
  queue: TriageQueue;
  current: TriageItemView | undefined;
  toggleHelp: () => void;
  focusDraft: () => void;
  rewriteDraft: (lang: Lang) => void;
}

const otherLang = (lang: Lang): Lang => (lang === 'fr' ? 'en' : 'fr');

/** The draft goes to the clipboard and the profile opens in a new tab, in one key. */
function copyAndOpen(c: TriageContext): void {
  const href = safeProfileHref(c.current?.profileUrl);
  if (!href) {
    c.queue.notify({ kind: 'alert', key: 'triage.noProfile', values: {} });
    return;
  }
  const text = c.current?.draft?.text;
  // Started while the page still has the focus: the new tab takes it away.
  const copied = text ? navigator.clipboard.writeText(text) : Promise.resolve();
  window.open(href, '_blank', 'noopener,noreferrer');
  copied.then(
    () => c.queue.notify({ kind: 'status', key: 'triage.copied', values: {} }),
    (e: unknown) =>
      c.queue.notify({ kind: 'alert', key: 'triage.copyFailed', values: { message: String(e) } }),
  );
}

/** What each registry action does on this screen; the compiler checks that none is missing. */
const PERFORM = {
  'apply-suggestion': (c) => c.queue.decide(),
  accept: (c) => c.queue.decide('accept'),
  decline: (c) => c.queue.decide('decline'),
  ask: (c) => c.queue.decide('ask'),
  ignore: (c) => c.queue.decide('ignore'),
  later: (c) => c.queue.decide('later'),
  next: (c) => c.queue.move(1),
  previous: (c) => c.queue.move(-1),
  undo: (c) => c.queue.undo(),
  edit: (c) => c.focusDraft(),
  'switch-language': (c) => {
    if (c.current?.draft) c.rewriteDraft(otherLang(c.current.draft.lang));
  },
  'copy-and-open': copyAndOpen,
  'paste-invitation': () => navigateTo(PASTE_PATH),
  help: (c) => c.toggleHelp(),
} satisfies Record<TriageActionName, (context: TriageContext) => void>;

export function TriageScreen() {
  const { t } = useTranslation();
  const queue = useTriageQueue();
  const [help, setHelp] = useState(false);
  const draftRef = useRef<HTMLTextAreaElement>(null);
  const current = queue.items[queue.index];

  const saveDraft = useCallback(
    (item: TriageItemView, body: { text?: string; lang?: Lang }) => {
      send<{ draft: DraftView }>('PUT', '/api/triage/draft', {
        invitationId: item.invitationId,
        ...body,
      }).then(
        ({ draft }) => {
          queue.setDraft(item.invitationId, draft);
          queue.notify({ kind: 'status', key: 'triage.draftSaved', values: {} });
        },
        (e: unknown) =>
          queue.notify({ kind: 'alert', key: 'app.error', values: { message: (e as Error).message } }),
      );
    },
    [queue.setDraft, queue.notify],
  );

  // The listener reads the latest screen through a ref: keys can come faster than effects re-run.
  const context = useRef<TriageContext | null>(null);
  context.current = {
    queue,
    current,
    toggleHelp: () => setHelp((h) => !h),
    focusDraft: () => draftRef.current?.focus(),
    rewriteDraft: (lang) => current && saveDraft(current, { lang }),
  };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      const action = actionForKey(event.key);
      if (!action || !context.current) return;
      if (document.querySelector('dialog[open]') && action.name !== 'help') return;
      // Enter on a focused link or button keeps its own meaning.
      if (
        event.key === 'Enter' &&
        event.target instanceof HTMLElement &&
        event.target.closest('a,button,select')
      )
        return;
      event.preventDefault();
      PERFORM[action.name](context.current);
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);

  // Keep the current row in sight in the scrolled list (the index is the trigger; the DOM is read).
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-run when the current row changes
  useEffect(() => {
    if (queue.state === 'ready')
      document.querySelector('.pending li[aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [queue.state, queue.index]);

  if (queue.state !== 'ready') {
    return (
      <div className="triage">
        <h1>{t('triage.heading')}</h1>
        {queue.state === 'loading' ? (
          <p>{t('app.loading')}</p>
        ) : (
          <p role="alert">{t('app.error', { message: queue.error })}</p>
        )}
      </div>
    );
  }
  const { items, index: at, total, notice } = queue;
  // A notice names its catalog key at run time; the keys it uses are all in the catalogs.
  const say = t as unknown as (key: string, values: Record<string, string>) => string;
  const start = Math.max(0, Math.min(at - 10, items.length - WINDOW));
  const rows = items.slice(start, start + WINDOW);
  return (
    <div className="triage">
      <h1>{t('triage.heading')}</h1>
      <p className="status">
        {t('triage.pending', { count: total })} · {t('triage.helpHint')}
      </p>
      <p
        className={notice?.kind === 'alert' ? 'notice alert' : 'notice'}
        role={notice?.kind === 'alert' ? 'alert' : 'status'}
      >
        {notice &&
          say(notice.key, {
            ...notice.values,
            decision: notice.decision ? t(`triage.decisionDone.${notice.decision}`) : '',
          })}
      </p>
      {items.length === 0 ? (
        <p>{t('triage.empty')}</p>
      ) : (
        <div className="triage-panes">
          {/* On a phone the card comes first and fills the width; this button reaches the list. */}
          <button
            type="button"
            className="to-list"
            onClick={() => {
              document.getElementById('pending-heading')?.scrollIntoView();
              document.querySelector<HTMLButtonElement>('.pending li[aria-current] button')?.focus();
            }}
          >
            {t('names.toList', { count: total })}
          </button>
          <section aria-labelledby="pending-heading" className="pending">
            <h2 id="pending-heading">{t('triage.listLabel')}</h2>
            <p>{t('triage.position', { index: at + 1, count: total })}</p>
            <ol start={start + 1}>
              {rows.map((inv, i) => (
                <li key={inv.invitationId} aria-current={start + i === at ? 'true' : undefined}>
                  <button type="button" onClick={() => queue.select(start + i)}>
                    <span className="name">
                      <bdi translate="no">{inv.name}</bdi>
                    </span>
                    <span className="note-preview">
                      <span className="badge" data-decision={inv.suggestion.decision}>
                        {t(`actions.${inv.suggestion.decision}`)}
                      </span>{' '}
                      {inv.note ? <bdi translate="no">{inv.note}</bdi> : t('triage.noNote')}
                    </span>
                  </button>
                </li>
              ))}
            </ol>
          </section>
          {current && (
            <CurrentInvitation item={current}>
              {current.draft ? (
                <DraftEditor
                  key={current.invitationId}
                  ref={draftRef}
                  draft={current.draft}
                  limit={current.draftLimit}
                  onSave={(text) => saveDraft(current, { text })}
                  onLanguage={(lang) => saveDraft(current, { lang })}
                />
              ) : (
                <p className="muted">{t('triage.noDraft')}</p>
              )}
            </CurrentInvitation>
          )}
        </div>
      )}
      {help && <HelpOverlay onClose={() => setHelp(false)} />}
    </div>
  );
}
