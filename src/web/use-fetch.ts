import { useCallback, useEffect, useState } from 'react';
import { getJson } from './api.js';

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; value: T; reload: () => void };

/** GETs a JSON resource when the component mounts; `reload` fetches it again. */
export function useFetch<T>(path: string): Loaded<T> {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: generation is the reload trigger
  useEffect(() => {
    let live = true;
    getJson<T>(path).then(
      (value) => live && setResult({ state: 'ready', value, reload }),
      (error: unknown) => live && setResult({ state: 'error', message: String((error as Error).message) }),
    );
    return () => {
      live = false;
    };
  }, [path, generation, reload]);
  return result;
}
