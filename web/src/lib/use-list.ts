import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { type ListQuery, loadAll } from '../api/load-all';

export interface LoadedList<T> {
  /** The rows read so far (`undefined` until the first page arrives). */
  readonly data: { readonly items: readonly T[] } | undefined;
  readonly error: unknown;
  readonly loading: boolean;
  /** Every page has arrived: what is shown, counted and exported is the whole list. */
  readonly complete: boolean;
  reload(): void;
}

/**
 * A whole list for a screen, page by page: the first rows show at once and the rest follow, so
 * no list stops at a page's worth (100) and a long one says how far it has got. No path (a
 * filter not chosen yet): an empty, complete list. Re-runs when `deps` change and on `reload()`.
 */
export function useList<T>(
  path: string | undefined,
  query: ListQuery,
  deps: readonly unknown[],
): LoadedList<T> {
  const [state, setState] = useState<Omit<LoadedList<T>, 'reload'>>({
    data: undefined,
    error: undefined,
    loading: true,
    complete: false,
  });
  const [tick, setTick] = useState(0);
  const args = useRef({ path, query });
  args.current = { path, query };
  useEffect(() => {
    const controller = new AbortController();
    const { path: from, query: filter } = args.current;
    if (!from) {
      setState({ data: { items: [] }, error: undefined, loading: false, complete: true });
      return;
    }
    setState((s) => ({ ...s, loading: true, complete: false, error: undefined }));
    loadAll<T>(from, controller.signal, {
      query: filter,
      onPage: (items) => {
        if (!controller.signal.aborted) setState((s) => ({ ...s, data: { items } }));
      },
    }).then(
      (items) => {
        if (!controller.signal.aborted)
          setState({ data: { items }, error: undefined, loading: false, complete: true });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState((s) => ({ ...s, error, loading: false }));
      },
    );
    return () => controller.abort();
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...state, reload };
}
