/**
 * The production adapters, one per port, each built from the function's runtime. Handlers import
 * only those their use case takes and pass them to `compose` (`shared/runtime.ts`); every other
 * adapter here, and the store modules behind it, is left out of that function's bundle.
 */
import type { IdGenerator } from './app/ports';
import { type FileLimits, FileLimitsSchema } from './domain/files/file-types';
import type { ProvinceRuleOverrides } from './domain/rules';
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
import { makeDynamoActivityLog } from './store/dynamo/activity-log';
import { makeDynamoCampaignRepository } from './store/dynamo/campaign-repository';
import { makeDynamoChangeLog } from './store/dynamo/change-log';
import { makeDynamoCouncilRepository } from './store/dynamo/council-repository';
import { makeDynamoDocumentRepository } from './store/dynamo/document-repository';
import { makeDynamoNominationRepository } from './store/dynamo/nomination-repository';
import { makeDynamoOrganisationRepository } from './store/dynamo/organisation-repository';
import { makeDynamoPersonRepository } from './store/dynamo/person-repository';
import {
  type DocumentReader,
  type MeetingReader,
  makeDynamoDocumentReader,
  makeDynamoMeetingReader,
  makeDynamoNominationReader,
  type NominationReader,
} from './store/dynamo/record-readers';
import type { ActivityLog, ChangeLog } from './store/ports/change-log';
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
/** One meeting or decision read, without its repository: for file routes that only check it. */
export const meetingReader: Adapter<MeetingReader> = (rt) => makeDynamoMeetingReader(table(rt));
export const documentReader: Adapter<DocumentReader> = (rt) => makeDynamoDocumentReader(table(rt));
export const nominationReader: Adapter<NominationReader> = (rt) => makeDynamoNominationReader(table(rt));
export const documents: Adapter<DocumentRepository> = (rt) => makeDynamoDocumentRepository(table(rt));
export const changeLog: Adapter<ChangeLog> = (rt) => makeDynamoChangeLog(table(rt));
export const activityLog: Adapter<ActivityLog> = (rt) => makeDynamoActivityLog(table(rt));
export const suppressions: Adapter<SuppressionList> = (rt) => makeDynamoSuppressionList(table(rt));
export const clock: Adapter<Clock> = (rt) => rt.clock;
export const ids: Adapter<IdGenerator> = (rt) => rt.ids;
/**
 * The province's shipped overrides (`config/rules/`), or `undefined`: the national rules apply. A
 * local stack may name another shipped file (`RULES_CODE`, the demo's); CDK never sets it.
 */
export const ruleOverrides: Adapter<ProvinceRuleOverrides | undefined> = (rt) =>
  ruleOverridesFor(rt.env.RULES_CODE ?? rt.env.PROVINCE_CODE);

/** The province's file limits, or the defaults (20 MB a file, 100 MB a dossier). */
export const fileLimits: Adapter<FileLimits | undefined> = ({ env }) =>
  env.FILE_LIMITS ? FileLimitsSchema.parse(JSON.parse(env.FILE_LIMITS)) : undefined;
