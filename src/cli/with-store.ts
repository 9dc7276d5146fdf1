import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import type { Runtime } from './runtime.js';

/** Opens the configured store for one command and closes it whatever happens. */
export async function withStore<T>(
  runtime: Runtime,
  fn: (store: Store, ownerId: number) => Promise<T>,
): Promise<T> {
  const store = await openStore(runtime.config);
  try {
    return await fn(store, runtime.config.ownerId);
  } finally {
    await store.close();
  }
}
