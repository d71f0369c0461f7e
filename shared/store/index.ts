/**
 * The store's public surface: ports for use cases, DynamoDB adapters for the composition root
 * (handlers build them once at cold start with a client, the table name and a clock).
 */

export type { AuditAnchorStore } from './anchors/port';
export type { AuditActor, AuditEvent, AuditEventBody, ChainHead, ChainVerification } from './audit-chain';
export { type AuditAnchor, GENESIS_HASH, verifyAgainstAnchors, verifyAuditChain } from './audit-chain';
export { ballotTableNameFor } from './ballot-table';
export { canonicalJson } from './canonical-json';
export { makeDynamoCampaignRepository } from './dynamo/campaign-repository';
export { makeDynamoCouncilRepository } from './dynamo/council-repository';
export { MAX_TRANSACTION_ITEMS, makeDynamoDocumentRepository } from './dynamo/document-repository';
export { makeDynamoNominationRepository } from './dynamo/nomination-repository';
export { makeDynamoOrganisationRepository } from './dynamo/organisation-repository';
export { makeDynamoPersonRepository } from './dynamo/person-repository';
export { ensureBallotTable, ensureIdempotencyTable, ensureTable, toCreateTableInput } from './ensure-table';
export { InvalidCursorError, STORE_ERROR_CODES, type StoreErrorCode } from './errors';
export type { AwardHolder, BallotBox, DocumentSeries } from './keys';
export type { Clock, Page, PageRequest } from './ports/common';
export * from './ports/council-repositories';
export type * from './ports/nomination-repository';
export type * from './ports/registry-repositories';
export { INDEX_NAMES, TABLE_DEFINITION, type TableDefinition } from './table-definition';
