import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPOSURE_ADVICE_WORDS } from '../../core/network/exposure-audit.js';
import type { ExposureView as Audit } from '../../server/network-types.js';
import { useFetch } from '../use-fetch.js';
import { ProfileLink } from './tie-card.js';

const COUNTS = ['competitors', 'clients', 'inBoth', 'exposedPairs', 'exposedClients'] as const;

/** Which competitors can browse which clients through the connections list, and what to change. */
export function ExposureView() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'fr' ? 'fr' : 'en';
  const [query, setQuery] = useState({ competitor: 'competitor', client: 'client', visible: true });
  const [draft, setDraft] = useState(query);
  const params = new URLSearchParams({
    competitor: query.competitor,
    client: query.client,
    listVisible: query.visible ? '1' : '0',
  });
  const loaded = useFetch<Audit>(`/api/network/exposure?${params}`);
  return (
    <div className="exposure">
      <form
        className="exposure-form"
        onSubmit={(e) => {
          e.preventDefault();
          setQuery(draft);
        }}
      >
        <label>
          {t('network.exposure.competitor')}
          <input
            value={draft.competitor}
            required
            onChange={(e) => setDraft({ ...draft, competitor: e.target.value })}
          />
        </label>
        <label>
          {t('network.exposure.client')}
          <input
            value={draft.client}
            required
            onChange={(e) => setDraft({ ...draft, client: e.target.value })}
          />
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={draft.visible}
            onChange={(e) => setDraft({ ...draft, visible: e.target.checked })}
          />
          {t('network.exposure.visible')}
        </label>
        <button type="submit">{t('network.exposure.run')}</button>
      </form>
      {loaded.state === 'loading' && <p>{t('app.loading')}</p>}
      {loaded.state === 'error' && <p role="alert">{t('app.error', { message: loaded.message })}</p>}
      {loaded.state === 'ready' && (
        <>
          <h2>{t('network.exposure.counts')}</h2>
          <dl className="counts">
            {COUNTS.map((k) => (
              <div key={k}>
                <dt>{t(`network.exposure.${k}`)}</dt>
                <dd>{loaded.value.counts[k]}</dd>
              </div>
            ))}
          </dl>
          <h2>{t('network.exposure.advice')}</h2>
          {loaded.value.advice.map((a) => (
            <div key={a.key} className="advice">
              <p>{EXPOSURE_ADVICE_WORDS[lang][a.key]}</p>
              {a.people && (
                <ul>
                  {a.people.map((p) => (
                    <li key={p.personId}>
                      <ProfileLink url={p.profileUrl}>{p.name}</ProfileLink>
                      {p.strength !== undefined && (
                        <span className="muted"> · {t('network.score', { score: p.strength })}</span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </>
      )}
    </div>
  );
}
