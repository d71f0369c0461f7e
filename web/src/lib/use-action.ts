import { useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { type IssueMap, toIssueMap } from './form-issues';
import { newIdempotencyKey } from './ids';

/**
 * One user action sent to the API, as every screen sends them: the Idempotency-Key lives as long
 * as the attempt — a retry after a network error (status 0) sends the same key, so the server
 * answers it once; an answer of any kind, or a changed form (`reset`), ends the attempt and the
 * next click is a new action with a new key. Field issues of a refusal land in `issues`.
 */
export interface ActionOptions {
  /** How a refusal lands on the form's fields, when a screen places some codes itself. */
  readonly issuesOf?: (error: ApiError) => IssueMap;
}

export function useAction(options: ActionOptions = {}) {
  const key = useRef<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [issues, setIssues] = useState<IssueMap>({});
  /** The form changed: what is sent next is a new action. */
  const reset = () => {
    key.current = undefined;
  };
  const run = async <T>(
    send: (idempotencyKey: string) => Promise<T>,
    onSuccess?: (result: T) => void,
    onFailure?: (error: unknown) => void,
  ): Promise<T | undefined> => {
    key.current ??= newIdempotencyKey();
    setBusy(true);
    setError(undefined);
    try {
      const result = await send(key.current);
      key.current = undefined;
      setIssues({});
      onSuccess?.(result);
      return result;
    } catch (e) {
      // The API's field issues replace the form's own; any other refusal clears them.
      if (e instanceof ApiError) setIssues(options.issuesOf?.(e) ?? toIssueMap(e.issues));
      if (e instanceof ApiError && e.status !== 0) key.current = undefined;
      setError(e);
      onFailure?.(e);
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, issues, setIssues, run, reset };
}
