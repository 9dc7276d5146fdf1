import { useCallback, useEffect, useRef, useState } from 'react';
import type { DecisionKind } from '../../core/labels.js';
import type { DraftView, TriageItemView, TriagePage, UndoAnswer } from '../../server/triage-types.js';
import { getJson, send } from '../api.js';

/** Invitations fetched per request; the next page is fetched when fewer than `AHEAD` remain. */
const PAGE = 100;
const AHEAD = 30;

/** What the screen announces: a catalog key and its values (`decision` is translated by the screen). */
export interface Notice {
  kind: 'status' | 'alert';
  key: string;
  values: Record<string, string>;
  decision?: DecisionKind;
}

export interface TriageQueue {
  state: 'loading' | 'error' | 'ready';
  error: string;
  items: readonly TriageItemView[];
  /** Pending invitations on the server, less those decided here and not yet answered. */
  total: number;
  index: number;
  notice: Notice | null;
  select(index: number): void;
  move(delta: number): void;
  decide(decision?: DecisionKind): void;
  undo(): void;
  setDraft(invitationId: number, draft: DraftView): void;
  notify(notice: Notice): void;
}

/**
 * The triage queue in the page: a window of the server's, fetched page by page. A decision leaves
 * the list at once (optimistic) and is sent in order behind the previous ones, so `undo` always takes
 * back the last; a refused decision puts the invitation back where it was and says why.
 */
export function useTriageQueue(): TriageQueue {
  const [state, setState] = useState<TriageQueue['state']>('loading');
  const [error, setError] = useState('');
  const [items, setItems] = useState<TriageItemView[]>([]);
  const [total, setTotal] = useState(0);
  const [index, setIndex] = useState(0);
  const [notice, setNotice] = useState<Notice | null>(null);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const decided = useRef(new Set<number>());
  const fetching = useRef(false);
  // Answers arrive after later keys: they read the list as it is then, not as it was when sent.
  const latest = useRef({ items, index });
  latest.current = { items, index };

  const fetchPage = useCallback(async (offset: number) => {
    fetching.current = true;
    try {
      const page = await getJson<TriagePage>(`/api/triage?offset=${offset}&limit=${PAGE}`);
      setTotal(page.total - decided.current.size);
      setItems((current) => {
        const known = new Set(current.map((i) => i.invitationId));
        const fresh = page.items.filter(
          (i) => !known.has(i.invitationId) && !decided.current.has(i.invitationId),
        );
        return fresh.length === 0 ? current : [...current, ...fresh];
      });
      setState('ready');
    } catch (e) {
      setError((e as Error).message);
      setState((s) => (s === 'ready' ? s : 'error'));
    } finally {
      fetching.current = false;
    }
  }, []);

  useEffect(() => {
    void fetchPage(0);
  }, [fetchPage]);

  useEffect(() => {
    if (state === 'ready' && !fetching.current && items.length < total && index > items.length - AHEAD)
      void fetchPage(items.length);
  }, [state, index, items.length, total, fetchPage]);

  const queue = <T>(op: () => Promise<T>): Promise<T> => {
    const next = chain.current.then(op, op);
    chain.current = next.catch(() => undefined);
    return next;
  };

  const move = useCallback(
    (delta: number) => setIndex((i) => Math.max(0, Math.min(latest.current.items.length - 1, i + delta))),
    [],
  );

  const decide = (decision?: DecisionKind) => {
    const { items: list, index: current } = latest.current;
    const at = Math.min(current, list.length - 1);
    const item = list[at];
    if (!item) return;
    decided.current.add(item.invitationId);
    setItems((list) => list.filter((i) => i.invitationId !== item.invitationId));
    setTotal((n) => n - 1);
    setIndex(Math.max(0, Math.min(at, list.length - 2)));
    queue(() =>
      send<{ result: { decision: DecisionKind } }>('POST', '/api/triage/decide', {
        invitationId: item.invitationId,
        ...(decision ? { decision } : {}),
      }),
    ).then(
      ({ result }) =>
        setNotice({
          kind: 'status',
          key: 'triage.decided',
          values: { name: item.name },
          decision: result.decision,
        }),
      (e: unknown) => {
        decided.current.delete(item.invitationId);
        const list = latest.current.items;
        setItems([...list.slice(0, at), item, ...list.slice(at)]);
        setTotal((n) => n + 1);
        setIndex(Math.min(at, list.length));
        setNotice({
          kind: 'alert',
          key: 'triage.failed',
          values: { name: item.name, message: (e as Error).message },
        });
      },
    );
  };

  const undo = () => {
    queue(() => send<UndoAnswer>('POST', '/api/undo')).then(
      ({ undone, item }) => {
        if (!undone) return setNotice({ kind: 'status', key: 'triage.nothingToUndo', values: {} });
        if (!item) return;
        const wasDecided = decided.current.delete(item.invitationId);
        if (wasDecided) setTotal((n) => n + 1);
        const { items: list, index: here } = latest.current;
        const at = list.findIndex((i) => i.invitationId === item.invitationId);
        if (at >= 0) {
          setItems(list.map((i) => (i.invitationId === item.invitationId ? item : i)));
          setIndex(at);
        } else {
          const to = Math.min(here, list.length);
          setItems([...list.slice(0, to), item, ...list.slice(to)]);
          setIndex(to);
        }
        setNotice({ kind: 'status', key: 'triage.undone', values: { name: item.name } });
      },
      (e: unknown) =>
        setNotice({ kind: 'alert', key: 'app.error', values: { message: (e as Error).message } }),
    );
  };

  const setDraft = useCallback((invitationId: number, draft: DraftView) => {
    setItems((list) => list.map((i) => (i.invitationId === invitationId ? { ...i, draft } : i)));
  }, []);

  return {
    state,
    error,
    items,
    total,
    index: Math.min(index, Math.max(0, items.length - 1)),
    notice,
    select: setIndex,
    move,
    decide,
    undo,
    setDraft,
    notify: setNotice,
  };
}
