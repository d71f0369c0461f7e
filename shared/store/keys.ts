/**
 * Every key of the single table is built here and nowhere else, together with the query that
 * serves each access pattern. `docs/data-model.md` holds the same table in prose; keep them in step.
 *
 * Ids and codes become parts of `#`-separated keys, so `keyPart` refuses a `#` (it would let one
 * entity's key collide with another's prefix) and empty values.
 */
import { ValidationError } from '../domain/errors';
import { normaliseName, reversedNameKey } from './person-name-key';
import type { IndexName } from './table-definition';

export interface ItemKey {
  readonly PK: string;
  readonly SK: string;
}

/** The `type` attribute every item carries, so stream consumers and exports can tell items apart. */
export const ENTITY = {
  nomination: 'Nomination',
  auditEvent: 'AuditEvent',
  vote: 'Vote',
  tally: 'Tally',
  quotaCounter: 'QuotaCounter',
  campaign: 'Campaign',
  /** A unit's report on a campaign target no nomination measures. */
  targetReport: 'TargetReport',
  decision: 'Decision',
  /** One planned transition of a document too large for one transaction (rolled forward after a crash). */
  documentPlan: 'DocumentPlan',
  organisation: 'Organisation',
  unit: 'Unit',
  person: 'Person',
  award: 'Award',
  initiative: 'Initiative',
  initiativeUse: 'InitiativeUse',
  nomineeClaim: 'NomineeClaim',
  councilMember: 'CouncilMember',
  meeting: 'Meeting',
  documentCounter: 'DocumentCounter',
  documentNumber: 'DocumentNumber',
  mailMarker: 'MailMarker',
  mailSuppression: 'MailSuppression',
  registryChange: 'RegistryChange',
  /** Which staff record a user account belongs to: one account, one person. */
  accountLink: 'AccountLink',
} as const;
export type EntityType = (typeof ENTITY)[keyof typeof ENTITY];

const MAX_KEY_PART = 200;
/** Wide enough for any realistic audit trail, and sorts as text in numeric order. */
const SEQ_DIGITS = 10;

/** Checks one id or code before it is placed in a key. */
export function keyPart(value: string, field: string): string {
  if (value.length === 0 || value.length > MAX_KEY_PART || value.includes('#')) {
    throw new ValidationError(
      [
        {
          path: field,
          code: 'INVALID_KEY_PART',
          message: `Giá trị "${field}" không hợp lệ: không được rỗng, dài quá ${MAX_KEY_PART} ký tự hoặc chứa ký tự "#".`,
        },
      ],
      'Mã định danh không hợp lệ.',
    );
  }
  return value;
}

function yearPart(year: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new ValidationError([{ path: 'year', code: 'INVALID_YEAR', message: 'Năm phải có 4 chữ số.' }]);
  }
  return String(year);
}

/** Zero-padded so that `EVT#…` sort keys come back in sequence order. */
export function seqPart(seq: number): string {
  if (!Number.isSafeInteger(seq) || seq < 1 || String(seq).length > SEQ_DIGITS) {
    throw new ValidationError([
      { path: 'seq', code: 'INVALID_SEQ', message: 'Số thứ tự sự kiện phải là số nguyên dương.' },
    ]);
  }
  return String(seq).padStart(SEQ_DIGITS, '0');
}

const META = 'META';
export const AUDIT_EVENT_PREFIX = 'EVT#';
export const VOTE_PREFIX = 'VOTE#';
export const AWARD_PREFIX = 'AWARD#';
export const COUNCIL_MEMBER_PREFIX = 'COUNCIL#';

// ── Primary keys ────────────────────────────────────────────────────────────────────────────────

export const nominationKey = (id: string): ItemKey => ({
  PK: `NOM#${keyPart(id, 'nominationId')}`,
  SK: META,
});

export const auditEventKey = (nominationId: string, seq: number): ItemKey => ({
  PK: nominationKey(nominationId).PK,
  SK: `${AUDIT_EVENT_PREFIX}${seqPart(seq)}`,
});

/**
 * Which council's ballot box a vote or a running count belongs to. A nomination of a province
 * award is voted twice (the Sở's council, then the province's), so the province's box is kept
 * apart: `PROVINCE#VOTE#<member>`, `PROVINCE#TALLY`. The Sở's box keeps its original keys.
 */
export type BallotBox = 'department' | 'province';
const boxPrefix = (box: BallotBox): string => (box === 'province' ? 'PROVINCE#' : '');

export const voteKey = (nominationId: string, memberId: string, box: BallotBox = 'department'): ItemKey => ({
  PK: nominationKey(nominationId).PK,
  SK: `${boxPrefix(box)}${VOTE_PREFIX}${keyPart(memberId, 'memberId')}`,
});

/** The partition of one nomination's secret ballots in the ballot box table (`ballot-table.ts`). */
export const ballotKey = (nominationId: string, box: BallotBox = 'department'): { PK: string } => ({
  PK: `BALLOT#${keyPart(nominationId, 'nominationId')}#${box}`,
});

/**
 * Running vote counts of one nomination, in the main table: how secret ballots were counted before
 * the ballot box table; still read so that ballots cast then keep counting.
 */
export const tallyKey = (nominationId: string, box: BallotBox = 'department'): ItemKey => ({
  PK: nominationKey(nominationId).PK,
  SK: `${boxPrefix(box)}TALLY`,
});

/** How many nominations of one award a unit has in flight for a year, against its quota. */
export const quotaCounterKey = (q: {
  organisationId: string;
  year: number;
  awardCode: string;
  unitId: string;
}): ItemKey => ({
  PK: `QUOTA#${keyPart(q.organisationId, 'organisationId')}#${yearPart(q.year)}`,
  SK: `AWARD#${keyPart(q.awardCode, 'awardCode')}#UNIT#${keyPart(q.unitId, 'unitId')}`,
});

export const campaignKey = (id: string): ItemKey => ({ PK: `CAMP#${keyPart(id, 'campaignId')}`, SK: META });
/** A unit's report on one target of a campaign, beside the campaign (one query reads them all). */
export const targetReportKey = (campaignId: string, targetIndex: number, unitId: string): ItemKey => ({
  PK: campaignKey(campaignId).PK,
  SK: `REPORT#${String(targetIndex).padStart(3, '0')}#${keyPart(unitId, 'unitId')}`,
});
export const decisionKey = (id: string): ItemKey => ({ PK: `DEC#${keyPart(id, 'decisionId')}`, SK: META });
export const organisationKey = (id: string): ItemKey => ({
  PK: `ORG#${keyPart(id, 'organisationId')}`,
  SK: META,
});
export const unitKey = (id: string): ItemKey => ({ PK: `UNIT#${keyPart(id, 'unitId')}`, SK: META });
export const personKey = (id: string): ItemKey => ({ PK: `PERSON#${keyPart(id, 'personId')}`, SK: META });
/** A user account (Cognito `sub`) linked to a staff record. */
export const accountLinkKey = (userId: string): ItemKey => ({
  PK: `ACCOUNT#${keyPart(userId, 'userId')}`,
  SK: META,
});
export const initiativeKey = (id: string): ItemKey => ({
  PK: `INIT#${keyPart(id, 'initiativeId')}`,
  SK: META,
});
/** Exists while an initiative is counted toward a nomination: one achievement, one reward. */
export const initiativeUseKey = (id: string): ItemKey => ({ PK: initiativeKey(id).PK, SK: 'USE' });

/** A seat on an organisation's council, in the organisation's own item collection. */
export const councilMemberKey = (organisationId: string, memberId: string): ItemKey => ({
  PK: organisationKey(organisationId).PK,
  SK: `${COUNCIL_MEMBER_PREFIX}${keyPart(memberId, 'memberId')}`,
});

/**
 * One change of a registry record (`ports/change-log.ts`): its own partition per record, sorted
 * by time; `change` (a random id) keeps two changes of the same millisecond apart.
 */
export const changeLogPartition = (entity: string, entityId: string): string =>
  `CHANGES#${keyPart(entity, 'entity')}#${keyPart(entityId, 'entityId')}`;
export const changeLogKey = (entity: string, entityId: string, at: string, change: string): ItemKey => ({
  PK: changeLogPartition(entity, entityId),
  SK: `AT#${at}#${keyPart(change, 'changeId')}`,
});

/** A council meeting (its attendance, agenda, and after closing its tally: biên bản kiểm phiếu). */
export const meetingKey = (id: string): ItemKey => ({ PK: `MEET#${keyPart(id, 'meetingId')}`, SK: META });

/** Document series: `QD` (quyết định, also revoking ones) and `TTR` (tờ trình) are numbered apart. */
export type DocumentSeries = 'QD' | 'TTR';

/** The last number an issuer gave in a series and year (numbering restarts each year, NĐ 30/2020). */
export const documentCounterKey = (issuerId: string, year: number, series: DocumentSeries): ItemKey => ({
  PK: `DOCNO#${keyPart(issuerId, 'organisationId')}#${yearPart(year)}`,
  SK: series,
});

/**
 * One number of an issuer's series and year, taken by exactly one document: an auto-numbered one
 * or one whose number the official entered (`12/QĐ-SNV`, keyed by its 12), beside the counter.
 */
export const documentNumberKey = (
  issuerId: string,
  year: number,
  series: DocumentSeries,
  seq: number,
): ItemKey => ({
  PK: documentCounterKey(issuerId, year, series).PK,
  SK: `${series}#NUM#${String(seq).padStart(6, '0')}`,
});

/** The sent-marker of one outgoing email, by its exactly-once key (`EVT#…`, `DOC#…`; docs/notifications.md). */
export const mailMarkerKey = (key: string): ItemKey => ({ PK: `MAIL#${key}`, SK: META });

/** An address SES reported as bounced or complained about: never mailed again. */
export const mailSuppressionKey = (address: string): ItemKey => ({
  PK: `SUPPRESS#${address.trim().toLowerCase()}`,
  SK: META,
});

/** Claims still `sending` (GSI1, oldest first: the sweep's work list) and suppressed addresses. */
export const MAIL_SENDING_PARTITION = 'MAIL#SENDING';
export const MAIL_SUPPRESSED_PARTITION = 'MAIL#SUPPRESSED';

/** Who holds an award: a person, or a collective (a unit). */
export interface AwardHolder {
  readonly kind: 'person' | 'unit';
  readonly id: string;
}

const holderPartition = (holder: AwardHolder): string =>
  holder.kind === 'person' ? personKey(holder.id).PK : unitKey(holder.id).PK;

/** One entry of an award history, in the holder's own item collection, oldest year first. */
export const awardKey = (holder: AwardHolder, year: number, awardCode: string, entryId: string): ItemKey => ({
  PK: holderPartition(holder),
  SK: `${AWARD_PREFIX}${yearPart(year)}#${keyPart(awardCode, 'awardCode')}#${keyPart(entryId, 'entryId')}`,
});

/**
 * Exists while a nomination of the annual track holds its nominee for an award and year: one
 * holder, one nomination of that award a year (one achievement, one reward). In the holder's
 * own item collection, beside (not under) its `AWARD#` history.
 */
export const nomineeClaimKey = (holder: AwardHolder, year: number, awardCode: string): ItemKey => ({
  PK: holderPartition(holder),
  SK: `NOMINATED#${yearPart(year)}#${keyPart(awardCode, 'awardCode')}`,
});

// ── Index keys (what an item writes into the generic GSI attributes) ────────────────────────────

export type IndexKeys = Partial<Record<`${IndexName}PK` | `${IndexName}SK`, string>>;

/**
 * A nomination is listed by unit (GSI1), by organisation and state (GSI2: the work queues), and by
 * campaign (GSI3, only when it belongs to one). GSI2 moves with every state change.
 */
export function nominationIndexKeys(n: {
  id: string;
  organisationId: string;
  unitId: string;
  campaignId?: string | undefined;
  state: string;
  createdAt: string;
  updatedAt: string;
}): IndexKeys {
  const id = keyPart(n.id, 'nominationId');
  return {
    GSI1PK: unitKey(n.unitId).PK,
    GSI1SK: `NOM#${n.createdAt}#${id}`,
    GSI2PK: `${organisationKey(n.organisationId).PK}#STATE#${keyPart(n.state, 'state')}`,
    GSI2SK: `NOM#${n.updatedAt}#${id}`,
    ...(n.campaignId === undefined
      ? {}
      : { GSI3PK: campaignKey(n.campaignId).PK, GSI3SK: `NOM#${n.createdAt}#${id}` }),
  };
}

/**
 * Organisations of the province share one small partition: a province has dozens, not thousands.
 * GSI2 groups them by level, so the province's own organisation (UBND tỉnh, whose campaigns every
 * unit sees) is one query away.
 */
export const organisationIndexKeys = (id: string, level: string = 'department'): IndexKeys => ({
  GSI1PK: 'ORGS',
  GSI1SK: organisationKey(id).PK,
  GSI2PK: `ORGS#LEVEL#${keyPart(level, 'level')}`,
  GSI2SK: organisationKey(id).PK,
});

export const unitIndexKeys = (u: { id: string; organisationId: string }): IndexKeys => ({
  GSI1PK: organisationKey(u.organisationId).PK,
  GSI1SK: unitKey(u.id).PK,
});

/** The partition of an organisation's people in the name indexes (GSI2, GSI3). */
const personsOfOrganisation = (organisationId: string): string =>
  `${organisationKey(organisationId).PK}#PERSONS`;

/**
 * A person is listed by unit (GSI1) and found by name within their organisation: GSI2 by the name
 * as written (`nguyen thi hong nhung`), GSI3 by its words reversed (`nhung hong thi nguyen`).
 * Both move when the name or the unit changes.
 */
export const personIndexKeys = (p: {
  id: string;
  unitId: string;
  organisationId?: string | undefined;
  fullName?: string | undefined;
}): IndexKeys => {
  const base: IndexKeys = { GSI1PK: unitKey(p.unitId).PK, GSI1SK: personKey(p.id).PK };
  if (p.organisationId === undefined || p.fullName === undefined) return base;
  const id = keyPart(p.id, 'personId');
  return {
    ...base,
    GSI2PK: personsOfOrganisation(p.organisationId),
    GSI2SK: `NAME#${normaliseName(p.fullName)}#${id}`,
    GSI3PK: personsOfOrganisation(p.organisationId),
    GSI3SK: `GIVEN#${reversedNameKey(p.fullName)}#${id}`,
  };
};

/**
 * A campaign is listed by organisation and year (GSI1, every status) and, for callers who may see
 * only published campaigns, by organisation, status and year (GSI2; moves on publish).
 */
export const campaignIndexKeys = (c: {
  id: string;
  organisationId: string;
  year: number;
  status?: string | undefined;
}): IndexKeys => {
  const sortKey = `CAMP#${yearPart(c.year)}#${keyPart(c.id, 'campaignId')}`;
  return {
    GSI1PK: organisationKey(c.organisationId).PK,
    GSI1SK: sortKey,
    ...(c.status === undefined
      ? {}
      : {
          GSI2PK: `${organisationKey(c.organisationId).PK}#CAMPAIGNS#${keyPart(c.status, 'status')}`,
          GSI2SK: sortKey,
        }),
  };
};

export const meetingIndexKeys = (m: { id: string; organisationId: string; openedAt: string }): IndexKeys => ({
  GSI1PK: organisationKey(m.organisationId).PK,
  GSI1SK: `MEET#${m.openedAt}#${keyPart(m.id, 'meetingId')}`,
});

/** Zero-padded sequence so an issuer's documents of a year list in number order. */
const docSeqPart = (seq: number): string => String(seq).padStart(6, '0');

/** A decision (`DEC#`) or tờ trình (`TTR#`) listed under its issuer, by year and number. */
export const documentIndexKeys = (d: {
  id: string;
  issuerId: string;
  year: number;
  series: DocumentSeries;
  seq: number;
}): IndexKeys => ({
  GSI1PK: organisationKey(d.issuerId).PK,
  GSI1SK: `${d.series === 'QD' ? 'DEC' : 'TTR'}#${yearPart(d.year)}#${docSeqPart(d.seq)}#${keyPart(d.id, 'decisionId')}`,
});

/** Awards of a unit's year (its own and its members'), for quota and percentage criteria. */
export const awardIndexKeys = (a: {
  holder: AwardHolder;
  unitId: string;
  year: number;
  awardCode: string;
  entryId: string;
}): IndexKeys => ({
  GSI4PK: `${unitKey(a.unitId).PK}#YEAR#${yearPart(a.year)}`,
  GSI4SK: `${AWARD_PREFIX}${keyPart(a.awardCode, 'awardCode')}#${holderPartition(a.holder)}#${keyPart(a.entryId, 'entryId')}`,
});

/**
 * The system's activity of a month, across records (a nomination's audit events, every registry
 * change): the administrator's oversight log. `ref` names the item within its kind.
 */
export const activityIndexKeys = (at: string, kind: 'NOM' | 'REG', ref: string): IndexKeys => ({
  GSI4PK: `${ACTIVITY_PREFIX}${monthPart(at)}`,
  GSI4SK: `${at}#${kind}#${ref}`,
});

const ACTIVITY_PREFIX = 'ACTIVITY#';
/** `2026-11` from an ISO instant (UTC month: the index's partition, not a calendar shown to people). */
const monthPart = (at: string): string => {
  const month = at.slice(0, 7);
  if (!/^\d{4}-\d{2}$/.test(month)) throw new Error(`not an ISO instant: ${at}`);
  return month;
};

// ── Access patterns (the query behind each list) ───────────────────────────────────────────────

/**
 * A key condition `partition = :pk AND begins_with(sort, :prefix)` on the table or one index.
 * With `sortKeyFrom` (which must itself start with the prefix) it becomes
 * `sort BETWEEN :from AND <prefix end>`: the same items, less those sorting below `from`.
 */
export interface QuerySpec {
  readonly index?: IndexName;
  readonly partitionKey: string;
  readonly sortKeyPrefix: string;
  readonly sortKeyFrom?: string;
}

/**
 * The greatest sort key a bounded query reads: the prefix followed by U+FFFF. Every key this file
 * builds continues its prefix with ASCII, which sorts below it both in DynamoDB's UTF-8 byte order
 * and in DynamoDB Local's; so the range ends inside the prefix and misses none of its keys.
 */
export const sortKeyPrefixEnd = (prefix: string): string => `${prefix}\uffff`;

export const queries = {
  nominationsByUnit: (unitId: string): QuerySpec => ({
    index: 'GSI1',
    partitionKey: unitKey(unitId).PK,
    sortKeyPrefix: 'NOM#',
  }),
  /**
   * With `updatedFrom` (an ISO instant or date), only nominations last changed at or after it: the
   * sort key is `NOM#<updatedAt>#<id>`, so the bound skips older items without reading them.
   */
  nominationsByOrgAndState: (organisationId: string, state: string, updatedFrom?: string): QuerySpec => ({
    index: 'GSI2',
    partitionKey: `${organisationKey(organisationId).PK}#STATE#${keyPart(state, 'state')}`,
    sortKeyPrefix: 'NOM#',
    ...(updatedFrom === undefined ? {} : { sortKeyFrom: `NOM#${keyPart(updatedFrom, 'updatedFrom')}` }),
  }),
  nominationsByCampaign: (campaignId: string): QuerySpec => ({
    index: 'GSI3',
    partitionKey: campaignKey(campaignId).PK,
    sortKeyPrefix: 'NOM#',
  }),
  auditEvents: (nominationId: string): QuerySpec => ({
    partitionKey: nominationKey(nominationId).PK,
    sortKeyPrefix: AUDIT_EVENT_PREFIX,
  }),
  votes: (nominationId: string, box: BallotBox = 'department'): QuerySpec => ({
    partitionKey: nominationKey(nominationId).PK,
    sortKeyPrefix: `${boxPrefix(box)}${VOTE_PREFIX}`,
  }),
  organisations: (): QuerySpec => ({ index: 'GSI1', partitionKey: 'ORGS', sortKeyPrefix: 'ORG#' }),
  unitsByOrganisation: (organisationId: string): QuerySpec => ({
    index: 'GSI1',
    partitionKey: organisationKey(organisationId).PK,
    sortKeyPrefix: 'UNIT#',
  }),
  targetReportsOfCampaign: (campaignId: string): QuerySpec => ({
    partitionKey: campaignKey(campaignId).PK,
    sortKeyPrefix: 'REPORT#',
  }),
  campaignsByOrganisation: (organisationId: string, year?: number): QuerySpec => ({
    index: 'GSI1',
    partitionKey: organisationKey(organisationId).PK,
    sortKeyPrefix: year === undefined ? 'CAMP#' : `CAMP#${yearPart(year)}#`,
  }),
  organisationsByLevel: (level: string): QuerySpec => ({
    index: 'GSI2',
    partitionKey: `ORGS#LEVEL#${keyPart(level, 'level')}`,
    sortKeyPrefix: 'ORG#',
  }),
  campaignsByOrganisationAndStatus: (organisationId: string, status: string, year?: number): QuerySpec => ({
    index: 'GSI2',
    partitionKey: `${organisationKey(organisationId).PK}#CAMPAIGNS#${keyPart(status, 'status')}`,
    sortKeyPrefix: year === undefined ? 'CAMP#' : `CAMP#${yearPart(year)}#`,
  }),
  /** People of an organisation whose name, as written, starts with the normalised query. */
  personsByName: (organisationId: string, name: string): QuerySpec => ({
    index: 'GSI2',
    partitionKey: personsOfOrganisation(organisationId),
    sortKeyPrefix: `NAME#${normaliseName(name)}`,
  }),
  /** People of an organisation whose reversed name starts with the reversed query ("Nhung"). */
  personsByGivenName: (organisationId: string, name: string): QuerySpec => ({
    index: 'GSI3',
    partitionKey: personsOfOrganisation(organisationId),
    sortKeyPrefix: `GIVEN#${reversedNameKey(name)}`,
  }),
  personsByUnit: (unitId: string): QuerySpec => ({
    index: 'GSI1',
    partitionKey: unitKey(unitId).PK,
    sortKeyPrefix: 'PERSON#',
  }),
  /** Base table, strongly consistent: who may vote must be current. */
  councilMembers: (organisationId: string): QuerySpec => ({
    partitionKey: organisationKey(organisationId).PK,
    sortKeyPrefix: COUNCIL_MEMBER_PREFIX,
  }),
  changes: (entity: string, entityId: string): QuerySpec => ({
    partitionKey: changeLogPartition(entity, entityId),
    sortKeyPrefix: 'AT#',
  }),
  meetingsByOrganisation: (organisationId: string): QuerySpec => ({
    index: 'GSI1',
    partitionKey: organisationKey(organisationId).PK,
    sortKeyPrefix: 'MEET#',
  }),
  documentsByIssuer: (issuerId: string, series: DocumentSeries, year?: number): QuerySpec => ({
    index: 'GSI1',
    partitionKey: organisationKey(issuerId).PK,
    sortKeyPrefix: `${series === 'QD' ? 'DEC' : 'TTR'}#${year === undefined ? '' : `${yearPart(year)}#`}`,
  }),
  /** Base table, strongly consistent: prerequisite checks must see an award recorded a moment ago. */
  awardHistory: (holder: AwardHolder): QuerySpec => ({
    partitionKey: holderPartition(holder),
    sortKeyPrefix: AWARD_PREFIX,
  }),
  /** A month of the system's activity (`activityIndexKeys`), on GSI4. */
  activity: (month: string): QuerySpec => {
    const part = monthPart(`${month}-01T00:00:00.000Z`);
    // Every sort key of the month starts with it (the instant leads the key).
    return { index: 'GSI4', partitionKey: `${ACTIVITY_PREFIX}${part}`, sortKeyPrefix: part };
  },
  awardsByUnitAndYear: (unitId: string, year: number, awardCode?: string): QuerySpec => ({
    index: 'GSI4',
    partitionKey: `${unitKey(unitId).PK}#YEAR#${yearPart(year)}`,
    sortKeyPrefix:
      awardCode === undefined ? AWARD_PREFIX : `${AWARD_PREFIX}${keyPart(awardCode, 'awardCode')}#`,
  }),
} as const;
