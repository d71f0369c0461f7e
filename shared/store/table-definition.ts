/**
 * The one definition of the single table, as plain data with no SDK import, so the CDK stack
 * (`infra/`) and `ensureTable` (local stack and tests) build the very same table.
 *
 * Index names are generic (`GSI1`..`GSI4`): what each one means is decided in `keys.ts` and
 * documented in `docs/data-model.md`, so a new access pattern can overload an index instead of
 * adding one.
 */

export interface KeyAttribute {
  readonly name: string;
  /** DynamoDB scalar type; every key here is a string. Same values as CDK's `AttributeType`. */
  readonly type: 'S';
}

export interface GlobalIndexDefinition {
  readonly indexName: string;
  readonly partitionKey: KeyAttribute;
  readonly sortKey: KeyAttribute;
  /** Lists show the same fields as the item, so every index projects the whole item. */
  readonly projection: 'ALL';
}

export interface TableDefinition {
  readonly partitionKey: KeyAttribute;
  readonly sortKey: KeyAttribute;
  readonly globalSecondaryIndexes: readonly GlobalIndexDefinition[];
  readonly billingMode: 'PAY_PER_REQUEST';
  /** The notifier reads audit events from the stream; it needs only the new image. */
  readonly streamViewType: 'NEW_IMAGE';
  /** Epoch seconds; only short-lived items (reminder markers, export links) set it. */
  readonly timeToLiveAttribute: string;
}

export const INDEX_NAMES = ['GSI1', 'GSI2', 'GSI3', 'GSI4'] as const;
export type IndexName = (typeof INDEX_NAMES)[number];

const gsi = (indexName: IndexName): GlobalIndexDefinition => ({
  indexName,
  partitionKey: { name: `${indexName}PK`, type: 'S' },
  sortKey: { name: `${indexName}SK`, type: 'S' },
  projection: 'ALL',
});

export const TABLE_DEFINITION: TableDefinition = {
  partitionKey: { name: 'PK', type: 'S' },
  sortKey: { name: 'SK', type: 'S' },
  globalSecondaryIndexes: INDEX_NAMES.map(gsi),
  billingMode: 'PAY_PER_REQUEST',
  streamViewType: 'NEW_IMAGE',
  timeToLiveAttribute: 'expiresAt',
};

/** Every attribute that appears in a key of the table or of an index, in definition order. */
export function keyAttributeNames(definition: TableDefinition = TABLE_DEFINITION): string[] {
  return [
    definition.partitionKey.name,
    definition.sortKey.name,
    ...definition.globalSecondaryIndexes.flatMap((index) => [index.partitionKey.name, index.sortKey.name]),
  ];
}
