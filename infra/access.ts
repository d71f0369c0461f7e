import type { Route } from '../shared/http/route';

/** How much of the single table a function may touch. */
export type TableAccess = 'none' | 'read' | 'read-write';

/**
 * What a function may do, as data: the function construct turns it into IAM statements, and the
 * infra tests read it back from the template. Refine a row here (never in the stack) when a
 * function needs more or less.
 */
export interface FunctionAccess {
  readonly table: TableAccess;
  /** Read and write idempotency records (`shared/http/idempotency.ts`). */
  readonly idempotency: boolean;
  /** Send email through the province's SES identity; only the notifier has it. */
  readonly sendMail: boolean;
  /** Cognito users: look them up (`read`) or also create, move and disable them (`manage`). */
  readonly users: 'none' | 'read' | 'manage';
  /**
   * The secret-ballot box table (`shared/store/ballot-table.ts`): put a ballot (`cast`, the vote
   * routes) or count them (`count`, the close routes). Absent: no access.
   */
  readonly ballots?: readonly BallotAccess[];
  /**
   * The audit anchors bucket: list them (`read`, to verify a chain) or put new ones (`write`, the
   * anchor function only). No one is granted delete; Object Lock would refuse it anyway.
   */
  readonly auditAnchors?: 'read' | 'write';
  /**
   * The files bucket: sign uploads under `incoming/` (`upload`), check one owner's uploads and move
   * them under its prefix (`record-*`), or sign downloads of its prefix (`read-*`). Absent: none.
   * A function serving several routes holds each of their levels.
   */
  readonly files?: readonly FileAccess[];
  /** Invoke the API's functions (`lambda:InvokeFunction` on each): the warm-up only. */
  readonly warmsApi?: boolean;
}

/** The ballot box: put a ballot, or count a meeting's. */
export type BallotAccess = 'cast' | 'count';

/** What a file function may do, each on the one prefix it concerns. */
export type FileAccess =
  | 'upload'
  | 'record-dossier'
  | 'record-decision'
  | 'record-unit'
  | 'record-meeting'
  | 'read-dossier'
  | 'read-decision'
  | 'read-meeting';

const recordInto = (prefix: string) => [
  { actions: ['s3:GetObject', 's3:DeleteObject'], prefix: 'incoming/' },
  { actions: ['s3:PutObject'], prefix },
];

/** S3 actions per files level, on the prefix each applies to. */
export const FILE_ACTIONS: Readonly<
  Record<FileAccess, readonly { readonly actions: readonly string[]; readonly prefix: string }[]>
> = {
  // The browser's POST is authorised as the role that signed it.
  upload: [{ actions: ['s3:PutObject'], prefix: 'incoming/' }],
  'record-dossier': recordInto('dossiers/'),
  'record-decision': recordInto('decisions/'),
  'record-unit': recordInto('units/'),
  'record-meeting': recordInto('meetings/'),
  // A dossier names its own files and its unit's shared documents (a list's tờ trình), and shows
  // the signed minutes of the council meetings that considered it.
  'read-dossier': [
    { actions: ['s3:GetObject'], prefix: 'dossiers/' },
    { actions: ['s3:GetObject'], prefix: 'units/' },
    { actions: ['s3:GetObject'], prefix: 'meetings/' },
  ],
  'read-decision': [{ actions: ['s3:GetObject'], prefix: 'decisions/' }],
  'read-meeting': [{ actions: ['s3:GetObject'], prefix: 'meetings/' }],
};

/** DynamoDB actions on the ballot box table, per level. */
export const BALLOT_ACTIONS: Readonly<Record<BallotAccess, readonly string[]>> = {
  cast: ['dynamodb:PutItem'],
  count: ['dynamodb:Query'],
};

/** Cognito admin actions per level; `manage` is for the admin's user-directory routes only. */
export const USER_POOL_ACTIONS: Readonly<Record<'read' | 'manage', readonly string[]>> = {
  read: ['cognito-idp:AdminGetUser', 'cognito-idp:AdminListGroupsForUser', 'cognito-idp:ListUsers'],
  manage: [
    'cognito-idp:AdminGetUser',
    'cognito-idp:AdminListGroupsForUser',
    'cognito-idp:ListUsers',
    'cognito-idp:AdminCreateUser',
    'cognito-idp:AdminAddUserToGroup',
    'cognito-idp:AdminRemoveUserFromGroup',
    'cognito-idp:AdminDisableUser',
    'cognito-idp:AdminEnableUser',
    'cognito-idp:AdminSetUserPassword',
    'cognito-idp:AdminSetUserMFAPreference',
    'cognito-idp:AdminUserGlobalSignOut',
  ],
};

/**
 * What a route needs beyond what its method implies, by route id: e.g. the user-directory routes
 * add `{ users: 'manage' }`. A test checks every key names a route of the table.
 */
export const ROUTE_ACCESS_OVERRIDES: Readonly<Record<string, Partial<FunctionAccess>>> = {
  'list-users': { users: 'read' },
  'get-user': { users: 'read' },
  'create-user': { users: 'manage' },
  'set-user-roles': { users: 'manage' },
  'disable-user': { users: 'manage' },
  'enable-user': { users: 'manage' },
  'reset-user-mfa': { users: 'manage' },
  'seat-council-member': { users: 'read' },
  'link-person-account': { users: 'read' },
  'update-council-seat': { users: 'read' },
  'verify-nomination-audit': { auditAnchors: 'read' },
  'request-file-upload': { files: ['upload'] },
  'record-dossier-file': { files: ['record-dossier'] },
  'get-dossier-file-link': { files: ['read-dossier'] },
  'request-signed-copy-upload': { files: ['upload'] },
  'record-signed-copy': { files: ['record-decision'] },
  'get-signed-copy-link': { files: ['read-decision'] },
  'request-unit-file-upload': { files: ['upload'] },
  'record-unit-file': { files: ['record-unit'] },
  'request-meeting-file-upload': { files: ['upload'] },
  'record-meeting-file': { files: ['record-meeting'] },
  'get-meeting-file-link': { files: ['read-meeting'] },
  'request-province-meeting-file-upload': { files: ['upload'] },
  'record-province-meeting-file': { files: ['record-meeting'] },
  'get-province-meeting-file-link': { files: ['read-meeting'] },
  'cast-vote': { ballots: ['cast'] },
  'cast-province-vote': { ballots: ['cast'] },
  'close-meeting': { ballots: ['count'] },
  'close-province-meeting': { ballots: ['count'] },
};

/**
 * DynamoDB actions per level. Transactions need no action of their own: `TransactWriteItems` is
 * authorised item by item as Put/Update/Delete/ConditionCheck, `TransactGetItems` as GetItem.
 * There is no Scan, no Batch* and no wildcard, by design: lists come from Query on an index.
 */
export const TABLE_ACTIONS: Readonly<Record<Exclude<TableAccess, 'none'>, readonly string[]>> = {
  read: ['dynamodb:GetItem', 'dynamodb:Query'],
  'read-write': [
    'dynamodb:GetItem',
    'dynamodb:Query',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
    'dynamodb:ConditionCheckItem',
  ],
};

/**
 * What idempotency does with its records: Put (alone, or as an action of the request's
 * transaction), Get on a retry, Update to add the answer, Delete when a request fails after its change.
 */
export const IDEMPOTENCY_ACTIONS: readonly string[] = [
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
];

/** `ses:SendEmail` is the v2 API the mail adapter uses; `SendRawEmail` covers attachments. */
export const SEND_MAIL_ACTIONS: readonly string[] = ['ses:SendEmail', 'ses:SendRawEmail'];

/**
 * A route's access, derived from its row so new routes need no infra change: a GET only reads
 * (GET handlers must not write — an audit of reads, if ever wanted, goes through a separate
 * route); any other method reads and writes; idempotent routes get the idempotency table;
 * `ROUTE_ACCESS_OVERRIDES` adds what a method cannot tell (Cognito access).
 */
export function routeAccess(
  route: Pick<Route, 'id' | 'method' | 'idempotent'>,
  overrides: Readonly<Record<string, Partial<FunctionAccess>>> = ROUTE_ACCESS_OVERRIDES,
): FunctionAccess {
  return {
    table: route.method === 'GET' ? 'read' : 'read-write',
    idempotency: route.idempotent,
    sendMail: false,
    users: 'none',
    ...overrides[route.id],
  };
}
