import type { ComponentChildren } from 'preact';
import { createStore, useStore } from './store';

/** The address bar as a store: screens are chosen from the path, filters live in the query. */
export const locationStore = createStore({ path: window.location.pathname, search: window.location.search });

window.addEventListener('popstate', () => {
  locationStore.set({ path: window.location.pathname, search: window.location.search });
});

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const url = new URL(to, window.location.origin);
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  locationStore.set({ path: url.pathname, search: url.search });
  window.scrollTo(0, 0);
}

export function useLocation() {
  return useStore(locationStore);
}

export function useQueryParam(name: string): string {
  const { search } = useLocation();
  return new URLSearchParams(search).get(name) ?? '';
}

/** Replaces one query parameter without adding a history entry (filters, tabs). */
export function setQueryParam(name: string, value: string): void {
  const params = new URLSearchParams(window.location.search);
  if (value) params.set(name, value);
  else params.delete(name);
  const query = params.toString();
  navigate(`${window.location.pathname}${query ? `?${query}` : ''}`, { replace: true });
}

/** `/de-nghi/:id` against `/de-nghi/01J…` → `{ id: '01J…' }`, or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] ?? '';
    const h = have[i] ?? '';
    if (w.startsWith(':')) params[w.slice(1)] = decodeURIComponent(h);
    else if (w !== h) return null;
  }
  return params;
}

interface LinkProps {
  readonly href: string;
  readonly class?: string;
  readonly 'aria-current'?: 'page' | undefined;
  readonly children?: ComponentChildren;
}

/** An ordinary link (opens in a new tab with Ctrl/middle click) that navigates in place otherwise. */
export function Link({ href, children, ...rest }: LinkProps) {
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
      return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <a href={href} onClick={onClick} {...rest}>
      {children}
    </a>
  );
}
