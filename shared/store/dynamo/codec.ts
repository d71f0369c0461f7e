import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';

export type Item = Record<string, AttributeValue>;

/**
 * Plain objects only: a Date or class instance would not come back as it went in, and the audit
 * hash is computed over what comes back.
 */
export const toAttributes = (value: Record<string, unknown>): Item =>
  marshall(value, { removeUndefinedValues: true, convertClassInstanceToMap: false });

export const fromAttributes = (item: Item): Record<string, unknown> => unmarshall(item);
