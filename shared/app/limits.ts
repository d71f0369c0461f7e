/**
 * Every route's function timeout. CDK sets it on the functions and the local gateway gives each
 * invocation the same remaining time, so Powertools' in-progress record of a request whose process
 * died expires at the same moment locally as in Lambda: a retry with the same key is then served.
 * Here because a use case reasons with it too (a decision's document is pending no longer than a
 * few requests' lifetimes: `decisions/resume-pending-documents.ts`).
 */
export const ROUTE_TIMEOUT_SECONDS = 10;

/**
 * A meeting's agenda holds at most 45 nominations: closing it writes the meeting and two records
 * per nomination in one transaction, which must stay within `MAX_TRANSACTION_ITEMS`
 * (`shared/store/ports/common.ts`; 1 + 2 × 45 = 91 of 100, a unit test holds it). The route's
 * schema and the use case both read it from here.
 */
export const MAX_AGENDA = 45;
