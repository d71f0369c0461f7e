import type { Page, PageRequest } from './ports/common';

/**
 * Every item of a paginated list, page after page (100 items a request) until the store gives no
 * cursor. For lists known to be small — a unit's people, an organisation's units, one nomination's
 * audit events, a year's awards of a unit — never for a list that grows without bound.
 */
export async function allPages<T>(list: (page: PageRequest) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await list({ limit: 100, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    cursor = page.cursor;
  } while (cursor !== undefined);
  return items;
}
