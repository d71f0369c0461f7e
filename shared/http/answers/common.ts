import * as z from 'zod/mini';

/**
 * What a caller reads from an answer: the schema's output, read-only throughout, so a server view
 * with mutable or read-only arrays fits it and a screen cannot change what it was given.
 */
export type Answer<S extends z.core.$ZodType> = DeepReadonly<z.output<S>>;

export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/**
 * Named schemas: the OpenAPI document lists each once under `components.schemas` and refers to it
 * by `$ref` wherever an answer holds it. A list, not a zod registry: deployed functions carry
 * the schemas on their rows but never document them, so they should not carry the registry code.
 */
export const answerComponents: [z.core.$ZodType, { id: string; description?: string }][] = [];

/** Names a schema as a component and hands it back, keeping its type. */
export function named<S extends z.core.$ZodType>(id: string, schema: S, description?: string): S {
  answerComponents.push([schema, description === undefined ? { id } : { id, description }]);
  return schema;
}

/** One page of a list: its items and, when more follow, the cursor of the next page. */
export const page = <T extends z.core.$ZodType>(item: T) =>
  z.object({ items: z.array(item), cursor: z.optional(z.string()) });

/** An instant, ISO 8601 (`2026-03-02T08:15:00.000Z`). */
export const instant = z.string();
/** A calendar day, ISO 8601 (`2026-03-02`). */
export const day = z.string();
