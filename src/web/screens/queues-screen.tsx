import { useTranslation } from 'react-i18next';
import type { DueAsks, FlaggedPerson, ReplyView } from '../../server/triage-types.js';
import { safeProfileHref } from '../linkedin-link.js';
import { type Loaded, useFetch } from '../use-fetch.js';

const day = (iso: string, lang: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(lang);
};

function Person({ name, profileUrl }: { name: string; profileUrl: string | null }) {
  const href = safeProfileHref(profileUrl);
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      <bdi translate="no">{name}</bdi>
    </a>
  ) : (
    <bdi translate="no">{name}</bdi>
  );
}

function Section<T>({
  id,
  heading,
  loaded,
  empty,
  children,
}: {
  id: string;
  heading: string;
  loaded: Loaded<T>;
  empty: (value: T) => boolean;
  children: (value: T) => React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id} className="queue">
      <h2 id={id}>{heading}</h2>
      {loaded.state === 'loading' && <p>{t('app.loading')}</p>}
      {loaded.state === 'error' && <p role="alert">{t('app.error', { message: loaded.message })}</p>}
      {loaded.state === 'ready' &&
        (empty(loaded.value) ? <p>{t('queues.empty')}</p> : children(loaded.value))}
    </section>
  );
}

/** Asks that are due (with the policy's next step and its draft), replies to read, flagged people. */
export function QueuesScreen() {
  const { t, i18n } = useTranslation();
  const asks = useFetch<DueAsks>('/api/queues/asks');
  const replies = useFetch<{ replies: ReplyView[] }>('/api/queues/replies');
  const flagged = useFetch<{ people: FlaggedPerson[] }>('/api/queues/flagged');
  const lang = i18n.language;
  return (
    <div className="queues">
      <h1>{t('queues.heading')}</h1>
      <Section id="asks-heading" heading={t('queues.asks')} loaded={asks} empty={(v) => v.due.length === 0}>
        {(v) => (
          <>
            <p className="muted">
              {t('queues.answerRate', { answered: v.asks.answered, total: v.asks.total })}
            </p>
            <ul className="cards">
              {v.due.map((f) => (
                <li key={f.invitationId} className="card">
                  <p>
                    <strong>
                      <Person name={f.name} profileUrl={f.profileUrl} />
                    </strong>{' '}
                    · {t('queues.askedOn')} {day(f.askedAt, lang)} · {t('queues.dueOn')} {day(f.dueAt, lang)}
                  </p>
                  <p>
                    {t('queues.nextStep')}: <strong>{t(`actions.${f.next}`)}</strong>
                  </p>
                  {f.draft && (
                    <blockquote className="note" lang={f.draft.lang}>
                      <bdi lang={f.draft.lang}>{f.draft.text}</bdi>
                    </blockquote>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>
      <Section
        id="replies-heading"
        heading={t('queues.replies')}
        loaded={replies}
        empty={(v) => v.replies.length === 0}
      >
        {(v) => (
          <ul className="cards">
            {v.replies.map((r) => (
              <li key={r.id} className="card reply" data-label={r.label}>
                <p>
                  <strong>
                    <Person name={r.name} profileUrl={r.profileUrl} />
                  </strong>{' '}
                  · {t('queues.receivedOn')} {day(r.receivedAt, lang)}
                </p>
                <blockquote className="note">
                  <bdi translate="no">{r.text}</bdi>
                </blockquote>
                <p>
                  {t('queues.class')}:{' '}
                  <strong className="reply-class">{t(`network.reply.${r.label}`)}</strong> ·{' '}
                  {t('queues.confidence')}: {Math.round(r.confidence * 100)} % · {t('queues.suggestion')}:{' '}
                  <strong>{t(`queues.suggestions.${r.suggestion as 'follow-up'}`)}</strong>
                </p>
                {r.draft && (
                  <blockquote className="note" lang={r.draft.lang}>
                    <bdi lang={r.draft.lang}>{r.draft.text}</bdi>
                  </blockquote>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section
        id="flagged-heading"
        heading={t('queues.opportunists')}
        loaded={flagged}
        empty={(v) => v.people.length === 0}
      >
        {(v) => (
          <table className="card-table">
            <thead>
              <tr>
                <th scope="col">{t('queues.name')}</th>
                <th scope="col">{t('queues.flag')}</th>
                <th scope="col">{t('queues.points')}</th>
              </tr>
            </thead>
            <tbody>
              {v.people.map((p) => (
                <tr key={p.personId}>
                  <td>
                    <Person name={p.name} profileUrl={p.profileUrl} />
                  </td>
                  <td data-label={t('queues.flag')}>{t(`queues.flags.${p.flag}`)}</td>
                  <td data-label={t('queues.points')}>{p.points}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
    </div>
  );
}
