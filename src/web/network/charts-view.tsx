import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkStats } from '../../server/network-types.js';
import { useFetch } from '../use-fetch.js';
import { chartSpecs } from './chart-specs.js';
import { StatChart } from './stat-chart.js';

/** The range control's choices, in months (0: every month with data). */
const SPANS = [12, 24, 60, 0] as const;

/** Statistics over time as charts, redrawn in the interface language. */
export function ChartsView() {
  const { t, i18n } = useTranslation();
  const loaded = useFetch<NetworkStats>('/api/network/stats');
  const stats = loaded.state === 'ready' ? loaded.value : undefined;
  const [span, setSpan] = useState(24);
  const specs = useMemo(
    () => (stats ? chartSpecs(stats, t, i18n.language, span) : []),
    [stats, t, i18n.language, span],
  );
  if (loaded.state === 'loading') return <p>{t('app.loading')}</p>;
  if (loaded.state === 'error') return <p role="alert">{t('app.error', { message: loaded.message })}</p>;
  if (loaded.value.months.length === 0) return <p>{t('network.charts.empty')}</p>;
  return (
    <>
      <label className="chart-range">
        <span>{t('network.charts.range')}</span>{' '}
        <select value={span} onChange={(e) => setSpan(Number(e.target.value))}>
          {SPANS.map((n) => (
            <option key={n} value={n}>
              {n === 0 ? t('network.charts.rangeAll') : t('network.charts.rangeMonths', { count: n })}
            </option>
          ))}
        </select>
      </label>
      <div className="charts">
        {specs.map((spec) => (
          <StatChart key={spec.id} spec={spec} />
        ))}
      </div>
    </>
  );
}
