import cliProgress from 'cli-progress';
import type { Runtime } from './runtime.js';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

const silent: Progress = { update() {}, stop() {} };

/** A progress bar on standard error when a person watches a terminal; nothing otherwise. */
export function startProgress(runtime: Runtime, label: string, unit: 'bytes' | 'items' = 'items'): Progress {
  if (!runtime.interactive) return silent;
  const format =
    unit === 'bytes'
      ? `${label} [{bar}] {percentage}% · {doneMb}/{totalMb} MB · {eta_formatted}`
      : `${label} [{bar}] {percentage}% · {value}/{total} · {eta_formatted}`;
  const bar = new cliProgress.SingleBar(
    { format, stream: runtime.io.stderr, hideCursor: true, clearOnComplete: true, etaBuffer: 50, fps: 10 },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  const mb = (n: number) => (n / 1_048_576).toFixed(1);
  return {
    update(done, total) {
      const payload = { doneMb: mb(done), totalMb: mb(total) };
      if (!started) {
        bar.start(Math.max(total, 1), done, payload);
        started = true;
      } else {
        bar.setTotal(Math.max(total, 1));
        bar.update(done, payload);
      }
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
