import { openStore } from '../store/open-store.js';
import { dataDirExposure } from '../store/private-files.js';
import type { Store } from '../store/store.js';
import { createTranslator } from './i18n.js';
import type { Runtime } from './runtime.js';

/** Opens the configured store for one command and closes it whatever happens. */
export async function withStore<T>(
  runtime: Runtime,
  fn: (store: Store, ownerId: number) => Promise<T>,
): Promise<T> {
  const t = createTranslator(runtime.config.lang);
  const exposed = dataDirExposure(runtime.config.dataDir);
  if (exposed && !runtime.config.databaseUrl) {
    runtime.err(t('data.exposed', { dir: runtime.config.dataDir }));
  }
  // A write that must wait for an import names it, in the user's language, on stderr.
  const onWait = ({ importStartedAt }: { importStartedAt: string }) =>
    runtime.err(
      t('store.importRunning', { time: new Date(importStartedAt).toLocaleTimeString(runtime.config.lang) }),
    );
  const store = await openStore({ ...runtime.config, onWait });
  try {
    return await fn(store, runtime.config.ownerId);
  } finally {
    await store.close();
  }
}
