import { useTranslation } from 'react-i18next';
import type { RemovalReport } from '../../server/network-types.js';
import { useFetch } from '../use-fetch.js';
import { ProfileLink } from './tie-card.js';

const PARTS = ['toRemove', 'stillThere', 'confirmed'] as const;

/** The review's "remove" answers: what to remove on LinkedIn, and what the later imports say. */
export function RemovalsView() {
  const { t, i18n } = useTranslation();
  const loaded = useFetch<RemovalReport>('/api/network/removals');
  if (loaded.state === 'loading') return <p>{t('app.loading')}</p>;
  if (loaded.state === 'error') return <p role="alert">{t('app.error', { message: loaded.message })}</p>;
  const report = loaded.value;
  const day = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString(i18n.language) : '');
  return (
    <div className="removals">
      <p className="muted">{t('network.removals.explain')}</p>
      {PARTS.map((part) => (
        <section key={part} aria-labelledby={`removals-${part}`} data-part={part}>
          <h2 id={`removals-${part}`}>
            {t(`network.removals.${part}`)} ({report[part].length})
          </h2>
          {report[part].length === 0 ? (
            <p className="muted">{t('network.removals.none')}</p>
          ) : (
            <ul className="removal-list">
              {report[part].map((r) => (
                <li key={r.connectionId}>
                  <ProfileLink url={r.profileUrl}>{r.name || t('network.hidden')}</ProfileLink>
                  {r.company && (
                    <span className="muted">
                      {' · '}
                      <bdi translate="no">{r.company}</bdi>
                    </span>
                  )}
                  <span className="muted">
                    {' · '}
                    {part === 'confirmed'
                      ? t('network.removals.confirmedOn', { date: day(r.confirmedAt) })
                      : t('network.removals.decidedOn', { date: day(r.decidedAt) })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
