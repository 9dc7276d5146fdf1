import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExposureView } from '../network/exposure-view.js';
import { RemovalsView } from '../network/removals-view.js';
import { ReviewView } from '../network/review-view.js';
import { StrengthView } from '../network/strength-view.js';

/** ECharts is most of the bundle's weight: load it when the charts are opened. */
const ChartsView = lazy(() => import('../network/charts-view.js').then((m) => ({ default: m.ChartsView })));

const VIEWS = ['review', 'removals', 'strength', 'exposure', 'charts'] as const;
type View = (typeof VIEWS)[number];

const pathOf = (view: View) => `/network/${view}`;
const viewOfPath = (path: string): View => VIEWS.find((v) => path === pathOf(v)) ?? 'review';

/** Tending the network: one screen, five views, each with its own address (`/network/<view>`). */
export function NetworkScreen() {
  const { t } = useTranslation();
  const [view, setView] = useState<View>(() => viewOfPath(location.pathname));
  useEffect(() => {
    const onPop = () => setView(viewOfPath(location.pathname));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const go = useCallback((next: View) => {
    if (location.pathname !== pathOf(next)) history.pushState(null, '', pathOf(next));
    setView(next);
  }, []);
  const quitReview = useCallback(() => go('removals'), [go]);
  return (
    <div className="network">
      <h1>{t(`network.${view}.heading`)}</h1>
      <nav aria-label={t('network.views')} className="subnav">
        <ul>
          {VIEWS.map((v) => (
            <li key={v}>
              <a
                href={pathOf(v)}
                aria-current={v === view ? 'page' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  go(v);
                }}
              >
                {t(`network.${v}.tab`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {view === 'review' && <ReviewView onQuit={quitReview} />}
      {view === 'removals' && <RemovalsView />}
      {view === 'strength' && <StrengthView />}
      {view === 'exposure' && <ExposureView />}
      {view === 'charts' && (
        <Suspense fallback={<p>{t('app.loading')}</p>}>
          <ChartsView />
        </Suspense>
      )}
    </div>
  );
}
