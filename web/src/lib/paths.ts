/** Immutable update of a nested value by a dotted path (`nominee.fullName`, `dossier.2.title`). */
export function setPath<T>(target: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return target;
  const container = (target ?? {}) as Record<string, unknown> | unknown[];
  const current = (container as Record<string, unknown>)[head];
  const next = rest.length === 0 ? value : setPath(current, rest.join('.'), value);
  if (Array.isArray(container)) {
    const copy = [...container];
    copy[Number(head)] = next;
    return copy as T;
  }
  const copy: Record<string, unknown> = { ...container };
  if (next === undefined) delete copy[head];
  else copy[head] = next;
  return copy as T;
}

export function getPath(target: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], target);
}
