import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadPng, downloadSvg } from './chart-export.js';
import type { ChartSpec } from './chart-specs.js';
import { echarts } from './echarts-setup.js';

type Chart = ReturnType<typeof echarts.init>;

/** One chart with its export buttons and, folded below, its figures as a table. */
export function StatChart({ spec }: { spec: ChartSpec }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = echarts.init(el, null, { renderer: 'svg' });
    chart.current = instance;
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(el);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(spec.option, true);
  }, [spec.option]);

  const exportAs = (kind: 'svg' | 'png') => {
    const c = chart.current;
    if (!c) return;
    setFailed(null);
    const name = `strongties-${spec.id}`;
    if (kind === 'svg') downloadSvg(c, name);
    else downloadPng(c, name).catch((e: unknown) => setFailed(String((e as Error).message)));
  };

  const headingId = `chart-${spec.id}-heading`;
  return (
    <figure className="stat-chart" data-chart={spec.id} aria-labelledby={headingId}>
      <figcaption>
        <h2 id={headingId} className="visually-hidden">
          {spec.title}
        </h2>
        <span className="chart-export">
          <button
            type="button"
            className="export-button"
            onClick={() => exportAs('svg')}
            aria-label={t('network.charts.exportSvg', { title: spec.title })}
          >
            SVG
          </button>
          <button
            type="button"
            className="export-button"
            onClick={() => exportAs('png')}
            aria-label={t('network.charts.exportPng', { title: spec.title })}
          >
            PNG
          </button>
        </span>
      </figcaption>
      <div ref={box} className="chart" role="img" aria-label={spec.title} />
      {failed && <p role="alert">{t('app.error', { message: failed })}</p>}
      <details>
        <summary>{t('network.charts.figures')}</summary>
        <section
          className="figures"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a keyboard must reach a scrolling table (axe scrollable-region-focusable)
          tabIndex={0}
          aria-label={t('network.charts.figuresOf', { title: spec.title })}
        >
          <table className="card-table">
            <thead>
              <tr>
                {spec.table.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {spec.table.rows.map((row) => (
                <tr key={String(row[0])}>
                  {row.map((cell, i) =>
                    i === 0 ? (
                      <th key={spec.table.columns[i]} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={spec.table.columns[i]} data-label={spec.table.columns[i]}>
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </details>
    </figure>
  );
}
