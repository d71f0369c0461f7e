import { GUARDS } from './guards';
import { NOMINATION_STATES, STATE_LABELS, TERMINAL_STATES } from './states';
import { TRANSITIONS } from './transitions';

const code = (value: string): string => `\`${value}\``;
const list = (values: readonly string[]): string => (values.length === 0 ? '—' : values.map(code).join(', '));

/** The transition table as Markdown, rendered from `TRANSITIONS` so the docs cannot drift. */
export function renderTransitionTable(): string {
  const header = [
    '| action | from | to | role | guards | notifies | reason |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  const rows = TRANSITIONS.map(
    (t) =>
      `| ${code(t.action)} | ${list(t.from)} | ${code(t.to)} | ${code(t.role)} | ${list(t.guards)} | ${list(t.notifies)} | ${t.requiresReason ? 'required' : '—'} |`,
  );
  return [...header, ...rows].join('\n');
}

/** The states with their Vietnamese labels, terminal ones marked. */
export function renderStateTable(): string {
  const rows = NOMINATION_STATES.map(
    (s) => `| ${code(s)} | ${STATE_LABELS[s]} | ${TERMINAL_STATES.includes(s) ? 'yes' : '—'} |`,
  );
  return ['| state | label | terminal |', '| --- | --- | --- |', ...rows].join('\n');
}

/** The guards and what each checks. */
export function renderGuardTable(): string {
  const rows = Object.entries(GUARDS).map(([name, guard]) => `| ${code(name)} | ${guard.description} |`);
  return ['| guard | holds when |', '| --- | --- |', ...rows].join('\n');
}

/** A mermaid state diagram of the table. */
export function renderMermaid(): string {
  const lines = ['stateDiagram-v2', '  [*] --> draft'];
  for (const t of TRANSITIONS) {
    for (const from of t.from) lines.push(`  ${from} --> ${t.to}: ${t.action} (${t.role})`);
  }
  for (const state of TERMINAL_STATES) lines.push(`  ${state} --> [*]`);
  return lines.join('\n');
}
