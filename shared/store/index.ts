/**
 * The store's surface for use cases: ports, their types and the store's pure helpers. The
 * DynamoDB adapters are in `./dynamo` (`shared/store/dynamo/index.ts`), for the composition roots
 * only (`shared/adapters.ts`, the local stack); `shared/app` may not import them (biome.json).
 */

export type { AuditAnchorStore } from './anchors/port';
export type { AuditActor, AuditEvent, AuditEventBody, ChainHead, ChainVerification } from './audit-chain';
export { type AuditAnchor, GENESIS_HASH, verifyAgainstAnchors, verifyAuditChain } from './audit-chain';
export { ballotTableNameFor } from './ballot-table';
export { canonicalJson } from './canonical-json';
export { InvalidCursorError, STORE_ERROR_CODES, type StoreErrorCode } from './errors';
export type { AwardHolder, BallotBox, DocumentSeries } from './keys';
export { type Clock, MAX_TRANSACTION_ITEMS, type Page, type PageRequest } from './ports/common';
export * from './ports/council-repositories';
export type * from './ports/nomination-repository';
export type * from './ports/registry-repositories';
export { INDEX_NAMES, TABLE_DEFINITION, type TableDefinition } from './table-definition';
