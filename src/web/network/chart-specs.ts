import type { TFunction } from 'i18next';
import type { MonthStats, NetworkStats } from '../../server/network-types.js';
import type { EChartsOption } from './echarts-setup.js';

export const CHART_IDS = ['invitations', 'decisions', 'replies', 'asks', 'growth', 'strength'] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** One chart: its ECharts option and the same figures as a table (the text alternative). */
export interface ChartSpec {
  id: ChartId;
  title: string;
  option: EChartsOption;
  table: { columns: string[]; rows: (string | number)[][] };
}

interface Series {
  name: string;
  values: (number | null)[];
  type?: 'bar' | 'line';
  axis?: 0 | 1;
  /** Write each value above its bar (few categories only). */
  labelled?: boolean;
}

/** Legend order: the method's order, then anything else the data holds. */
const ORDER = {
  label: ['none', 'generic', 'known', 'purpose', 'pitch', 'scam', 'unlabelled'],
  decision: ['accept', 'decline', 'ask', 'ignore', 'later'],
  reply: ['need', 'pitch', 'ack', 'hostile', 'unlabelled'],
} as const;
type Group = keyof typeof ORDER;

const PALETTE = ['#1f4e99', '#c2410c', '#2e7d32', '#7b1fa2', '#b8860b', '#ad1457', '#546e7a'];

/** `2026-01` as "Jan 2026" / "janv. 2026". */
export function monthLabel(month: string, lang: string): string {
  const date = Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1);
  return new Intl.DateTimeFormat(lang, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

function keysOf(group: Group, records: Record<string, number>[]): string[] {
  const present = new Set(records.flatMap((r) => Object.keys(r)));
  const known: readonly string[] = ORDER[group];
  return [...known.filter((k) => present.has(k)), ...[...present].filter((k) => !known.includes(k)).sort()];
}

function byKey(
  t: TFunction,
  group: Group,
  months: readonly MonthStats[],
  pick: (m: MonthStats) => Record<string, number>,
): Series[] {
  return keysOf(group, months.map(pick)).map((key) => ({
    // Keys outside the catalog (a label added later) show as they are.
    name: t(`network.${group}.${key}` as never, { defaultValue: key }) as string,
    values: months.map((m) => pick(m)[key] ?? 0),
  }));
}

/**
 * The months a time chart shows: from its first month with data (within the latest `span` months
 * when `span` > 0) to its latest month with data, so that a chart never opens on empty years.
 */
export function shownMonths(series: readonly Series[], span: number): [number, number] | null {
  const has = (i: number) => series.some((s) => s.values[i] !== null && s.values[i] !== 0);
  const length = series[0]?.values.length ?? 0;
  let first = -1;
  let last = -1;
  for (let i = 0; i < length; i++)
    if (has(i)) {
      if (first < 0) first = i;
      last = i;
    }
  if (first < 0) return null;
  return [span > 0 ? Math.max(first, last - span + 1) : first, last];
}

function timeSpec(
  id: ChartId,
  title: string,
  categories: string[],
  series: Series[],
  axes: Parameters<typeof spec>[4],
  span: number,
  words: { month: string; noData: string },
): ChartSpec {
  const range = shownMonths(series, span);
  const [from, to] = range ?? [Math.max(0, categories.length - 1), categories.length - 1];
  const cut = (values: (number | null)[]) => values.slice(from, to + 1);
  return spec(
    id,
    title,
    categories.slice(from, to + 1),
    series.map((s) => ({ ...s, values: cut(s.values) })),
    { ...axes, lastLabel: true },
    words.month,
    words.noData,
  );
}

/** A bar's value label: empty for zero, so that no label lands on the axis. */
function valueLabel({ value }: { value: unknown }): string {
  return value ? String(value) : '';
}

function spec(
  id: ChartId,
  title: string,
  categories: string[],
  series: Series[],
  axes: {
    name: string;
    stacked?: boolean;
    percent?: boolean;
    second?: string;
    everyLabel?: boolean;
    /** Months: ticks counted back from the last, so that the latest month is always labelled. */
    lastLabel?: boolean;
  },
  categoryName: string,
  noData: string,
): ChartSpec {
  const empty = series.every((s) => s.values.every((v) => v === null || v === 0));
  const yAxis = [axes.name, ...(axes.second ? [axes.second] : [])].map((name, i) => ({
    type: 'value' as const,
    name,
    // Along the axis, not above it: an axis title never meets the legend.
    nameLocation: 'middle' as const,
    nameGap: 40,
    minInterval: 1,
    ...(axes.percent ? { max: 100, axisLabel: { formatter: '{value} %' } } : {}),
    ...(i === 1 ? { splitLine: { show: false } } : {}),
  }));
  return {
    id,
    title,
    option: {
      backgroundColor: '#fff',
      color: PALETTE,
      animation: false,
      // Drawn in the SVG so that an exported file names itself; the page's heading is for screen readers.
      title: {
        text: title,
        left: 8,
        top: 4,
        textStyle: { fontSize: 15, color: '#1b1b1f' },
        ...(empty ? { subtext: noData, subtextStyle: { color: '#4a4a55' } } : {}),
      },
      legend: { top: empty ? 48 : 30, left: 8, type: 'plain' },
      // richText: drawn inside the SVG; the HTML tooltip parses markup with style attributes the CSP refuses.
      tooltip: { trigger: 'axis', renderMode: 'richText', axisPointer: { type: 'shadow' } },
      grid: { top: 90, left: 56, right: axes.second ? 56 : 24, bottom: 40 },
      xAxis: {
        type: 'category',
        data: categories,
        name: '',
        axisLabel: axes.everyLabel
          ? { interval: 0 }
          : axes.lastLabel
            ? {
                interval: (i: number) => (categories.length - 1 - i) % step(categories.length) === 0,
                // With a second axis on the right, a centred last month would run under its zero.
                ...(axes.second ? { alignMaxLabel: 'right' as const } : {}),
              }
            : { hideOverlap: true },
      },
      yAxis,
      series: series.map((s) => ({
        name: s.name,
        type: s.type ?? 'bar',
        data: s.values,
        yAxisIndex: s.axis ?? 0,
        ...(axes.stacked && (s.type ?? 'bar') === 'bar' ? { stack: 'all' } : {}),
        ...(s.type === 'line' ? { connectNulls: false, symbolSize: 6 } : {}),
        // A zero says nothing a missing bar does not, and its label sits on the month tick below.
        ...(s.labelled ? { label: { show: true, position: 'top' as const, formatter: valueLabel } } : {}),
      })),
    },
    table: {
      columns: [categoryName, ...series.map((s) => s.name)],
      rows: categories.map((c, i) => [c, ...series.map((s) => s.values[i] ?? '—')]),
    },
  };
}

/** One month label in `step`: at most six along the axis, which fit a phone's width. */
const step = (n: number) => Math.max(1, Math.ceil(n / 6));

/** The six charts of DESIGN.md section 8, in the interface language; `span` 0 shows every month. */
export function chartSpecs(stats: NetworkStats, t: TFunction, lang: string, span = 24): ChartSpec[] {
  const { months } = stats;
  const labels = months.map((m) => monthLabel(m.month, lang));
  const month = t('network.charts.month');
  const count = t('network.charts.count');
  const rate = months.map((m) =>
    m.asks.asked === 0 ? null : Math.round((m.asks.answered / m.asks.asked) * 100),
  );
  const none = t('network.charts.noData');
  const words = { month, noData: none };
  const deciles = stats.strengthDeciles.map((_, i) => (i === 9 ? '90–100' : `${i * 10}–${i * 10 + 9}`));
  return [
    timeSpec(
      'invitations',
      t('network.charts.invitations'),
      labels,
      byKey(t, 'label', months, (m) => m.incoming),
      { name: count, stacked: true },
      span,
      words,
    ),
    timeSpec(
      'decisions',
      t('network.charts.decisions'),
      labels,
      byKey(t, 'decision', months, (m) => m.decisions),
      { name: count, stacked: true },
      span,
      words,
    ),
    timeSpec(
      'replies',
      t('network.charts.replies'),
      labels,
      byKey(t, 'reply', months, (m) => m.replies),
      { name: count, stacked: true },
      span,
      words,
    ),
    timeSpec(
      'asks',
      t('network.charts.asks'),
      labels,
      [{ name: t('network.charts.answerRate'), values: rate, type: 'line' }],
      { name: '%', percent: true },
      span,
      words,
    ),
    timeSpec(
      'growth',
      t('network.charts.growth'),
      labels,
      [
        { name: t('network.charts.total'), values: months.map((m) => m.total), type: 'line' },
        { name: t('network.charts.connected'), values: months.map((m) => m.connected), axis: 1 },
        { name: t('network.charts.removed'), values: months.map((m) => m.removed), axis: 1 },
      ],
      { name: t('network.charts.connections'), second: t('network.charts.perMonth') },
      span,
      words,
    ),
    spec(
      'strength',
      t('network.charts.strength'),
      deciles,
      [{ name: t('network.charts.connections'), values: stats.strengthDeciles, labelled: true }],
      { name: count, everyLabel: true },
      t('network.charts.score'),
      none,
    ),
  ];
}
