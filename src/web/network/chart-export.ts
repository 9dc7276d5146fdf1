import type { echarts } from './echarts-setup.js';

type Chart = ReturnType<typeof echarts.init>;

/** Hands a file to the browser's downloads through a short-lived Blob URL. */
function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadSvg(chart: Chart, fileName: string): void {
  save(new Blob([chart.renderToSVGString()], { type: 'image/svg+xml' }), `${fileName}.svg`);
}

/**
 * The SVG renderer has no bitmap: draw its SVG on a canvas at twice the size. The image comes from a
 * `data:` URL, which the CSP's `img-src 'self' data:` allows (a `blob:` image would be refused).
 */
export async function downloadPng(chart: Chart, fileName: string): Promise<void> {
  const width = chart.getWidth();
  const height = chart.getHeight();
  const image = new Image(width, height);
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(chart.renderToSVGString())}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * 2;
  canvas.height = height * 2;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.scale(2, 2);
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.drawImage(image, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the PNG could not be drawn');
  save(blob, `${fileName}.png`);
}
