/** The DynamoDB adapters of the store's ports, and the tables they need, for composition roots. */
export { ensureBallotTable, ensureIdempotencyTable, ensureTable, toCreateTableInput } from '../ensure-table';
export { makeDynamoCampaignRepository } from './campaign-repository';
export { makeDynamoCouncilRepository } from './council-repository';
export { makeDynamoDocumentRepository } from './document-repository';
export { makeDynamoNominationRepository } from './nomination-repository';
export { makeDynamoOrganisationRepository } from './organisation-repository';
export { makeDynamoPersonRepository } from './person-repository';
