import { api } from './client';
import type { Page } from './types';

/** Every page of a list (the directory is small: tens of organisations, hundreds of users). */
export async function loadAll<T>(path: string, signal: AbortSignal): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 20; page++) {
    const answer = await api.get<Page<T>>(path, { signal, query: { limit: 100, cursor } });
    items.push(...answer.items);
    cursor = answer.cursor;
    if (!cursor) break;
  }
  return items;
}
