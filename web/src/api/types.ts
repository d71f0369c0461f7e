/**
 * What the API answers, as the screens read it: every type here is inferred from the response
 * schemas of the route table (`shared/http/answers/*`), which the server's handlers are compiled
 * against and its answers checked by in tests. Nothing is copied: change an answer there and the
 * screens that read it stop compiling. `import type` only: nothing of the server reaches the bundle.
 */

import type * as audit from '../../../shared/http/answers/audit';
import type * as campaigns from '../../../shared/http/answers/campaigns';
import type { Answer } from '../../../shared/http/answers/common';
import type * as council from '../../../shared/http/answers/council';
import type * as decisions from '../../../shared/http/answers/decisions';
import type * as directory from '../../../shared/http/answers/directory';
import type * as files from '../../../shared/http/answers/files';
import type * as nominations from '../../../shared/http/answers/nominations';
import type * as reports from '../../../shared/http/answers/reports';
import type { Route } from '../../../shared/http/route';

/** The answer of a route of the table: `AnswerOf<typeof getNomination>`. */
export type AnswerOf<R extends Route> = Answer<R['response']>;

export type Me = Answer<typeof directory.me>;

export interface Page<T> {
  readonly items: readonly T[];
  readonly cursor?: string | undefined;
}

export type NominationSummary = Answer<typeof nominations.nominationSummary>;
export type NominationView = Answer<typeof nominations.nominationView>;
export type EligibilityView = Answer<typeof nominations.eligibilityView>;
export type TimelineEntry = Answer<typeof nominations.timelineEntry>;
export type NominationDetail = Answer<typeof nominations.nominationDetail>;
export type DraftAnswer = Answer<typeof nominations.draftAnswer>;
export type ListPreview = Answer<typeof nominations.listPreview>;
export type ListSent = Answer<typeof nominations.listSent>;
export type PublicNoticeView = Answer<typeof nominations.publicNotice>;
export type PublicNoticeEntryView = PublicNoticeView['entries'][number];
export type PublicNoticeNominee = PublicNoticeEntryView['nominee'];

export type AuditVerification = Answer<typeof audit.auditVerification>;

export type CampaignView = Answer<typeof campaigns.campaign>;
export type CampaignDetails = CampaignView['details'];
export type CampaignPeriodView = CampaignDetails['periods'][number];
export type CampaignProgressView = Answer<typeof campaigns.campaignProgress>;
export type TargetProgressView = Answer<typeof campaigns.targetProgress>;
export type TargetRowView = Answer<typeof campaigns.targetRow>;
export type TargetStageCounts = TargetRowView['achieved'];
export type TargetReportView = Answer<typeof campaigns.targetReport>;

export type CouncilView = Answer<typeof council.council>;
export type CouncilMember = Answer<typeof council.councilSeat>;
export type CouncilSeatChange = Answer<typeof council.seatChangePage>['items'][number];
export type MeetingView = Answer<typeof council.meeting>;
export type AgendaItemView = Answer<typeof council.agendaItem>;
export type TallyView = Answer<typeof council.tally>;
export type VotingPolicy = Answer<typeof council.votingPolicy>;
export type Fraction = VotingPolicy['quorum'];

export type DocumentView = Answer<typeof decisions.issuedDocument>;
export type DocumentEntryView = Answer<typeof decisions.documentEntry>;

export type OrganisationView = Answer<typeof directory.organisation>;
export type UnitView = Answer<typeof directory.unit>;
export type PersonRecord = Answer<typeof directory.person>;
export type PersonView = Answer<typeof directory.publicPerson>;
export type PersonDetail = Answer<typeof directory.personWithHistory>;
export type CollectiveDetail = Answer<typeof directory.collectiveWithHistory>;
export type AwardEntryView = Answer<typeof directory.awardEntry>;
export type RegistryChangeView = Answer<typeof directory.registryChange>;
export type AwardHistoryPreview = Answer<typeof directory.awardHistoryPreview>;
export type StaffPreview = Answer<typeof directory.staffPreview>;
export type ImportResult = Answer<typeof directory.importResult>;
export type UserView = Answer<typeof directory.user>;

export type PresignedUploadView = Answer<typeof files.presignedUpload>;
export type StoredFileView = Answer<typeof files.storedFile>;
export type ListedFileView = Answer<typeof files.filePage>['items'][number];
export type FileLinkView = Answer<typeof files.fileLinkAnswer>;

export type QuotaUseReport = Answer<typeof reports.quotaUse>;
export type UnitQuotaUse = QuotaUseReport['units'][number];
export type TimelinessReportView = Answer<typeof reports.timelinessReport>;
export type SuppressedAddressView = Answer<typeof reports.suppressedAddresses>['items'][number];
