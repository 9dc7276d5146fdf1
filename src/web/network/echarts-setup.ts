/**
 * Only the ECharts pieces the charts use (tree-shaken: the full `echarts` import is ~1 MB). The SVG
 * renderer keeps charts crisp, lets the tests read them, and sets styles through the CSSOM, which the
 * page's CSP (`style-src 'self'`) allows.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);

export { echarts };
export type EChartsOption = Parameters<echarts.ECharts['setOption']>[0];
