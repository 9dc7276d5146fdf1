import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkStats } from '../../server/network-types.js';
import { useFetch } from '../use-fetch.js';
import { chartSpecs } from './chart-specs.js';
import { StatChart } from './stat-chart.js';

/** Statistics over time as charts, redrawn in the interface language. */
export function ChartsView() {
  const { t, i18n } = useTranslation();
  const loaded = useFetch<NetworkStats>('/api/network/stats');
  const stats = loaded.state === 'ready' ? loaded.value : undefined;
  const specs = useMemo(() => (stats ? chartSpecs(stats, t, i18n.language) : []), [stats, t, i18n.language]);
  if (loaded.state === 'loading') return <p>{t('app.loading')}</p>;
  if (loaded.state === 'error') return <p role="alert">{t('app.error', { message: loaded.message })}</p>;
  if (loaded.value.months.length === 0) return <p>{t('network.charts.empty')}</p>;
  return (
    <div className="charts">
      {specs.map((spec) => (
        <StatChart key={spec.id} spec={spec} />
      ))}
    </div>
  );
}
