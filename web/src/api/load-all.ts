import { api } from './client';
import type { Page } from './types';

/** The largest page the API gives (`limit`); a list is read a page at a time, never cut off. */
export const PAGE_LIMIT = 100;

export type ListQuery = Readonly<Record<string, string | number | undefined>>;

/**
 * Every page of a list, however long: `onPage` is told the items read so far after each page,
 * so a screen can show them, and how many, while the rest arrive.
 */
export async function loadAll<T>(
  path: string,
  signal: AbortSignal,
  options: { readonly query?: ListQuery; readonly onPage?: (items: readonly T[]) => void } = {},
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const answer = await api.get<Page<T>>(path, {
      signal,
      query: { ...options.query, limit: PAGE_LIMIT, cursor },
    });
    items.push(...answer.items);
    options.onPage?.([...items]);
    cursor = answer.cursor;
  } while (cursor);
  return items;
}
