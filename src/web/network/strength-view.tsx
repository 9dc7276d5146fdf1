import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TieView } from '../../server/network-types.js';
import { useFetch } from '../use-fetch.js';
import { FactorWords, ProfileLink } from './tie-card.js';

const COLUMNS = ['name', 'connected', 'score'] as const;
type Sort = (typeof COLUMNS)[number];
/** Drawn at most: the server sorts the whole network, the page shows the head of the order. */
const SHOWN = 200;

/** Every connection with its tie strength, sortable by name, date and score. */
export function StrengthView() {
  const { t, i18n } = useTranslation();
  const [sort, setSort] = useState<{ by: Sort; desc: boolean }>({ by: 'score', desc: false });
  const loaded = useFetch<{ ties: TieView[] }>(
    `/api/network/strength?sort=${sort.by}&desc=${sort.desc ? 1 : 0}&limit=${SHOWN}`,
  );
  const header = (column: Sort) => {
    const active = sort.by === column;
    return (
      <th scope="col" aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
        <button
          type="button"
          className="sort"
          onClick={() => setSort({ by: column, desc: active ? !sort.desc : false })}
        >
          {t(`network.strength.${column}`)}
          <span aria-hidden="true">{active ? (sort.desc ? ' ▼' : ' ▲') : ''}</span>
        </button>
      </th>
    );
  };
  return (
    <div className="strength">
      <p className="muted">{t('network.strength.explain', { count: SHOWN })}</p>
      {loaded.state === 'loading' && <p>{t('app.loading')}</p>}
      {loaded.state === 'error' && <p role="alert">{t('app.error', { message: loaded.message })}</p>}
      {loaded.state === 'ready' && (
        <table className="strength-table card-table">
          <caption className="visually-hidden">{t('network.strength.caption')}</caption>
          <thead>
            <tr>
              {header('name')}
              <th scope="col">{t('network.strength.where')}</th>
              {header('connected')}
              {header('score')}
              <th scope="col">{t('network.strength.why')}</th>
            </tr>
          </thead>
          <tbody>
            {loaded.value.ties.map((tie) => (
              <tr key={tie.connectionId}>
                <td>
                  <ProfileLink url={tie.profileUrl}>{tie.name || t('network.hidden')}</ProfileLink>
                </td>
                <td data-label={t('network.strength.where')}>
                  <bdi translate="no">{[tie.position, tie.company].filter(Boolean).join(' · ')}</bdi>
                </td>
                <td data-label={t('network.strength.connected')}>
                  {tie.connectedOn ? new Date(tie.connectedOn).toLocaleDateString(i18n.language) : ''}
                </td>
                <td className="number" data-label={t('network.strength.score')}>
                  {tie.score}
                </td>
                <td data-label={t('network.strength.why')}>
                  <FactorWords tie={tie} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
