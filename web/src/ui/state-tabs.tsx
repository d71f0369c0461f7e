import { stateLabel } from '../lib/labels';
import { Link, useLocation } from '../lib/router';

/** Tabs that filter a list by state; the state lives in the address so a list can be bookmarked. */
export function StateTabs({
  states,
  current,
  allLabel,
  label,
}: {
  states: readonly string[];
  current: string;
  allLabel?: string;
  label: string;
}) {
  const { path } = useLocation();
  const href = (state: string) => (state ? `${path}?trang-thai=${state}` : path);
  const options = allLabel ? ['', ...states] : states;
  return (
    <ul class="tabs" aria-label={label}>
      {options.map((state) => (
        <li key={state || 'all'}>
          <Link href={href(state)} aria-current={current === state ? 'page' : undefined}>
            {state ? stateLabel(state) : allLabel}
          </Link>
        </li>
      ))}
    </ul>
  );
}
