import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionForKey, type TriageActionName } from '../../core/triage-actions.js';
import type { InvitationView } from '../../server/api-types.js';
import { HelpOverlay } from '../help-overlay.js';
import { safeProfileHref } from '../linkedin-link.js';
import { navigateTo } from '../navigate.js';
import { useFetch } from '../use-fetch.js';
import { PASTE_PATH } from './paste-screen.js';

/** Only a window of the list is drawn: 5,000 rows would make every keystroke slow. */
const WINDOW = 40;

interface TriageContext {
  count: number;
  current: InvitationView | undefined;
  move: (delta: number) => void;
  toggleHelp: () => void;
}

const nothing = () => undefined;

/** What each registry action does on this screen; the compiler checks that none is missing. */
const PERFORM = {
  'apply-suggestion': nothing,
  accept: nothing,
  decline: nothing,
  ask: nothing,
  ignore: nothing,
  later: nothing,
  next: (c) => c.move(1),
  previous: (c) => c.move(-1),
  undo: nothing,
  edit: nothing,
  'switch-language': nothing,
  'copy-and-open': (c) => {
    const href = safeProfileHref(c.current?.profileUrl);
    if (href) window.open(href, '_blank', 'noopener,noreferrer');
  },
  'paste-invitation': () => navigateTo(PASTE_PATH),
  help: (c) => c.toggleHelp(),
} satisfies Record<TriageActionName, (context: TriageContext) => void>;

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export function TriageScreen() {
  const { t } = useTranslation();
  const loaded = useFetch<{ invitations: InvitationView[] }>('/api/invitations?status=pending');
  const invitations = loaded.state === 'ready' ? loaded.value.invitations : [];
  const [index, setIndex] = useState(0);
  const [help, setHelp] = useState(false);
  const count = invitations.length;
  const current = invitations[Math.min(index, count - 1)];
  const move = useCallback(
    (delta: number) => setIndex((i) => Math.max(0, Math.min(count - 1, i + delta))),
    [count],
  );
  const toggleHelp = useCallback(() => setHelp((h) => !h), []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      if (help && event.key !== '?') return;
      const action = actionForKey(event.key);
      if (!action) return;
      // Enter on a focused link or button keeps its own meaning.
      if (event.key === 'Enter' && event.target instanceof HTMLElement && event.target.closest('a,button'))
        return;
      event.preventDefault();
      PERFORM[action.name]({ count, current, move, toggleHelp });
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [count, current, move, toggleHelp, help]);

  if (loaded.state !== 'ready') {
    return (
      <div className="triage">
        <h1>{t('triage.heading')}</h1>
        {loaded.state === 'loading' ? (
          <p>{t('app.loading')}</p>
        ) : (
          <p role="alert">{t('app.error', { message: loaded.message })}</p>
        )}
      </div>
    );
  }
  const at = Math.min(index, count - 1);
  const start = Math.max(0, Math.min(at - 10, count - WINDOW));
  const rows = invitations.slice(start, start + WINDOW);
  return (
    <div className="triage">
      <h1>{t('triage.heading')}</h1>
      <p className="status" aria-live="polite">
        {t('triage.pending', { count })} · {t('triage.helpHint')}
      </p>
      {count === 0 ? (
        <p>{t('triage.empty')}</p>
      ) : (
        <div className="triage-panes">
          <section aria-labelledby="pending-heading" className="pending">
            <h2 id="pending-heading">{t('triage.listLabel')}</h2>
            <p>{t('triage.position', { index: at + 1, count })}</p>
            <ol start={start + 1}>
              {rows.map((inv, i) => (
                <li key={inv.id} aria-current={start + i === at ? 'true' : undefined}>
                  <button type="button" onClick={() => setIndex(start + i)}>
                    <span className="name">{inv.name}</span>
                    <span className="note-preview">{inv.note || t('triage.noNote')}</span>
                  </button>
                </li>
              ))}
            </ol>
          </section>
          {current && <CurrentInvitation invitation={current} />}
        </div>
      )}
      {help && <HelpOverlay onClose={() => setHelp(false)} />}
    </div>
  );
}

function CurrentInvitation({ invitation }: { invitation: InvitationView }) {
  const { t, i18n } = useTranslation();
  const href = safeProfileHref(invitation.profileUrl);
  const date = new Date(invitation.sentAt);
  const shown = Number.isNaN(date.getTime()) ? invitation.sentAt : date.toLocaleDateString(i18n.language);
  return (
    <section aria-labelledby="current-heading" className="current">
      <h2 id="current-heading">{t('triage.current')}</h2>
      <p className="person">
        <bdi className="name">{invitation.name}</bdi>
        {href && (
          <>
            {' · '}
            <a href={href} target="_blank" rel="noopener noreferrer">
              {t('triage.profile')}
            </a>
          </>
        )}
      </p>
      {invitation.headline && (
        <p className="headline">
          <bdi>{invitation.headline}</bdi>
        </p>
      )}
      <p className="date">{t('triage.sentAt', { date: shown })}</p>
      <h3>{t('triage.note')}</h3>
      <blockquote className="note">
        <bdi>{invitation.note || t('triage.noNote')}</bdi>
      </blockquote>
      <p className="muted">{t('triage.decisionsPending')}</p>
    </section>
  );
}
