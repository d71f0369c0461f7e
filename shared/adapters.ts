/**
 * The production adapters, one per port, each built from the function's runtime. Handlers import
 * only those their use case takes and pass them to `compose` (`shared/runtime.ts`); every other
 * adapter here, and the store modules behind it, is left out of that function's bundle.
 */
import { S3Client } from '@aws-sdk/client-s3';
import type { FileStore } from './app/files/file-store';
import type { IdGenerator } from './app/ports';
import { type FileLimits, FileLimitsSchema } from './domain/files/file-types';
import type { ProvinceRuleOverrides } from './domain/rules';
import { makeS3FileStore, s3ClientFor } from './files/s3-file-store';
import { makeDynamoSuppressionList } from './mail/dynamo/suppression-list';
import type { SuppressionList } from './mail/ports';
import { ruleOverridesFor } from './rule-overrides';
import type { Adapter, Runtime } from './runtime';
import type {
  CampaignRepository,
  Clock,
  CouncilRepository,
  DocumentRepository,
  NominationRepository,
  OrganisationRepository,
  PersonRepository,
} from './store';
import { makeFileAnchorStore } from './store/anchors/file-anchor-store';
import type { AuditAnchorStore } from './store/anchors/port';
import { makeS3AnchorStore } from './store/anchors/s3-anchor-store';
import { makeDynamoCampaignRepository } from './store/dynamo/campaign-repository';
import { makeDynamoChangeLog } from './store/dynamo/change-log';
import { makeDynamoCouncilRepository } from './store/dynamo/council-repository';
import { makeDynamoDocumentRepository } from './store/dynamo/document-repository';
import { makeDynamoNominationRepository } from './store/dynamo/nomination-repository';
import { makeDynamoOrganisationRepository } from './store/dynamo/organisation-repository';
import { makeDynamoPersonRepository } from './store/dynamo/person-repository';
import type { ChangeLog } from './store/ports/change-log';
import { withPublishedCampaignsKept } from './store/published-campaigns';

const table = ({ dynamodb, env, clock }: Runtime) => ({ client: dynamodb, tableName: env.TABLE_NAME, clock });

export const nominations: Adapter<NominationRepository> = (rt) => makeDynamoNominationRepository(table(rt));
export const organisations: Adapter<OrganisationRepository> = (rt) =>
  makeDynamoOrganisationRepository(table(rt));
export const persons: Adapter<PersonRepository> = (rt) => makeDynamoPersonRepository(table(rt));
/** Published campaigns are immutable: each environment keeps the ones it read. */
export const campaigns: Adapter<CampaignRepository> = (rt) =>
  withPublishedCampaignsKept(makeDynamoCampaignRepository(table(rt)));
export const councils: Adapter<CouncilRepository> = (rt) => makeDynamoCouncilRepository(table(rt));
export const documents: Adapter<DocumentRepository> = (rt) => makeDynamoDocumentRepository(table(rt));
export const changeLog: Adapter<ChangeLog> = (rt) => makeDynamoChangeLog(table(rt));
export const suppressions: Adapter<SuppressionList> = (rt) => makeDynamoSuppressionList(table(rt));
export const clock: Adapter<Clock> = (rt) => rt.clock;
export const ids: Adapter<IdGenerator> = (rt) => rt.ids;
/**
 * The province's shipped overrides (`config/rules/`), or `undefined`: the national rules apply. A
 * local stack may name another shipped file (`RULES_CODE`, the demo's); CDK never sets it.
 */
export const ruleOverrides: Adapter<ProvinceRuleOverrides | undefined> = (rt) =>
  ruleOverridesFor(rt.env.RULES_CODE ?? rt.env.PROVINCE_CODE);

/** The dossier bucket (the local S3 stand-in when `S3_ENDPOINT` is set). */
export const files: Adapter<FileStore> = ({ env }) => {
  if (!env.FILES_BUCKET)
    throw new Error('invalid function environment: FILES_BUCKET is required for dossier files');
  return makeS3FileStore(s3ClientFor(env.AWS_REGION, env.S3_ENDPOINT), env.FILES_BUCKET);
};

/** The province's file limits, or the defaults (20 MB a file, 100 MB a dossier). */
export const fileLimits: Adapter<FileLimits | undefined> = ({ env }) =>
  env.FILE_LIMITS ? FileLimitsSchema.parse(JSON.parse(env.FILE_LIMITS)) : undefined;

/**
 * Where audit chain links are anchored: the Object Lock bucket in AWS, write-once files on the
 * local stack. A function that needs it and has neither is a wiring fault, found at cold start.
 */
export const auditAnchors: Adapter<AuditAnchorStore> = ({ env }) => {
  if (env.AUDIT_ANCHOR_DIR) return makeFileAnchorStore(env.AUDIT_ANCHOR_DIR);
  if (!env.AUDIT_ANCHOR_BUCKET)
    throw new Error('invalid function environment: AUDIT_ANCHOR_BUCKET is required for the audit anchors');
  return makeS3AnchorStore(new S3Client({ region: env.AWS_REGION }), env.AUDIT_ANCHOR_BUCKET);
};
