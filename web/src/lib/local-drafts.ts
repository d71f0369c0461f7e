/**
 * Typed input kept in this browser until the server has it: a failed save, a closed tab or an
 * expired session never loses what an officer wrote. Keyed by user and record.
 */
interface Stored<T> {
  readonly savedAt: string;
  readonly value: T;
}

const key = (user: string, id: string) => `tdkt.draft.${user}.${id}`;

export function keepLocally<T>(user: string, id: string, value: T): void {
  try {
    localStorage.setItem(
      key(user, id),
      JSON.stringify({ savedAt: new Date().toISOString(), value } satisfies Stored<T>),
    );
  } catch {
    // Storage full or refused: the in-memory copy still holds until the save succeeds.
  }
}

export function readLocal<T>(user: string, id: string): Stored<T> | undefined {
  try {
    const raw = localStorage.getItem(key(user, id));
    return raw ? (JSON.parse(raw) as Stored<T>) : undefined;
  } catch {
    return undefined;
  }
}

export function forgetLocal(user: string, id: string): void {
  try {
    localStorage.removeItem(key(user, id));
  } catch {
    // nothing to do
  }
}
