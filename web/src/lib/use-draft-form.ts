import { useState } from 'preact/hooks';
import type * as z from 'zod/mini';
import { type IssueMap, validate } from './form-issues';
import { type ActionOptions, useAction } from './use-action';

/**
 * A form whose values are sent as one action, as every editing screen has one: a change to any
 * value makes what is sent next a new action (a new Idempotency-Key, `useAction`); `send` checks
 * the values with the form's own zod schema first and puts each issue beside its field without
 * calling the API, then sends them once, keeping the key for a retry after a network error.
 */
export function useDraftForm<V extends object>(initial: V | (() => V), options: ActionOptions = {}) {
  const [values, setValues] = useState<V>(initial);
  const action = useAction(options);
  /** Changes some values: the form changed, so the next send is a new action. */
  const set = (patch: Partial<V>) => {
    setValues((current) => ({ ...current, ...patch }));
    action.reset();
  };
  /** Replaces every value (after a save, or to start again). */
  const replace = (next: V) => {
    setValues(next);
    action.reset();
  };
  const send = async <S extends z.core.$ZodType, T>(
    schema: S,
    input: unknown,
    request: (valid: z.output<S>, idempotencyKey: string) => Promise<T>,
    onSuccess?: (result: T, valid: z.output<S>) => void,
    onInvalid?: (issues: IssueMap) => void,
  ): Promise<T | undefined> => {
    const check = validate(schema, input);
    if (!check.ok) {
      action.setIssues(check.issues);
      onInvalid?.(check.issues);
      return undefined;
    }
    return action.run(
      (idempotencyKey) => request(check.value, idempotencyKey),
      (result) => onSuccess?.(result, check.value),
    );
  };
  return { values, set, replace, send, ...action };
}
