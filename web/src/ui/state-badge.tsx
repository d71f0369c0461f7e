import { stateLabel, stateTone } from '../lib/labels';

export function StateBadge({ state }: { state: string }) {
  return <span class={`badge badge-${stateTone(state)}`}>{stateLabel(state)}</span>;
}
