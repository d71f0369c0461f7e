import type { ProvinceRuleOverrides } from '../domain/rules';
import type {
  CampaignRepository,
  Clock,
  CouncilRepository,
  DocumentRepository,
  NominationRepository,
  OrganisationRepository,
  PersonRepository,
} from '../store';
import type { UserDirectory } from '../users';

/** Issues new ids (ULIDs in production: sortable, unguessable enough, 26 characters). */
export interface IdGenerator {
  next(): string;
}

/**
 * Everything a use case may touch, as ports. Use cases take the subset they need
 * (`makeSubmitNomination({ nominations, clock })`), so unit tests pass fakes and handlers pass
 * the adapters the runtime built once per cold start.
 */
export interface AppPorts {
  readonly nominations: NominationRepository;
  readonly organisations: OrganisationRepository;
  readonly persons: PersonRepository;
  readonly campaigns: CampaignRepository;
  /** Councils, their seats and meetings. */
  readonly councils: CouncilRepository;
  /** Decisions and tờ trình, numbered per issuer and year. */
  readonly documents: DocumentRepository;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** The user pool; present on functions that manage users (`USER_POOL_ID` set). */
  readonly users?: UserDirectory;
  /** The province's rule overrides; the rule set of a date is resolved from them. */
  readonly ruleOverrides?: ProvinceRuleOverrides;
}
