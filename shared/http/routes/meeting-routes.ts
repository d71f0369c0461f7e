import * as z from 'zod/mini';
import { MAX_AGENDA } from '../../app/limits';
import { LIMITS } from '../../domain/forms/limits';
import { identifier, multiLineText, singleLineText } from '../../domain/forms/text';
import type { Role } from '../../domain/vocabulary';
import { VOTE_CHOICES } from '../../domain/workflow/tally';
import { conflictReceipt, meeting, meetingPage, voteReceipt } from '../answers/council';
import { defineRoute } from '../route';

export const idParams = z.strictObject({ id: identifier(LIMITS.id) });
const pageQuery = z.strictObject({
  cursor: z.optional(z.string().check(z.maxLength(2048))),
  limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(100))),
});

/** What tells one council level's meeting routes from the other's; the rest is the same meeting. */
export interface CouncilLevelRoutes {
  /** Put into each route id: `open-${idInfix}meeting`, `cast-${idInfix}vote`… */
  readonly idInfix: '' | 'province-';
  /** The meetings' collection: `${meetings}/{id}/votes`… */
  readonly meetings: `/${string}`;
  readonly roles: {
    readonly open: readonly Role[];
    readonly read: readonly Role[];
    readonly vote: readonly Role[];
    readonly close: readonly Role[];
  };
  readonly summaries: {
    readonly open: string;
    readonly list: string;
    readonly get: string;
    readonly vote: string;
    readonly conflict: string;
    readonly close: string;
  };
}

/**
 * The meeting routes of one council level: a Sở's council and the provincial council hold the
 * same meetings, ballots and tallies, so only ids, paths, roles and summaries differ.
 */
export function meetingRoutes(level: CouncilLevelRoutes) {
  const { idInfix, meetings, roles, summaries } = level;
  return {
    open: defineRoute({
      id: `open-${idInfix}meeting`,
      method: 'POST',
      path: meetings,
      roles: [...roles.open],
      summary: summaries.open,
      idempotent: true,
      ownedResource: false,
      body: z.strictObject({
        nominationIds: z.array(identifier(LIMITS.id)).check(z.minLength(1), z.maxLength(MAX_AGENDA)),
        present: z.array(identifier(LIMITS.id)).check(z.minLength(1), z.maxLength(200)),
        /** How the minutes name the meeting: "Phiên họp số 3/2026", "Phiên họp tổng kết năm 2026". */
        name: z.optional(singleLineText(LIMITS.meetingName)),
      }),
      successStatus: 201,
      response: meeting,
    }),
    list: defineRoute({
      id: `list-${idInfix}meetings`,
      method: 'GET',
      path: meetings,
      roles: [...roles.read],
      summary: summaries.list,
      idempotent: false,
      ownedResource: false,
      query: pageQuery,
      successStatus: 200,
      response: meetingPage,
    }),
    get: defineRoute({
      id: `get-${idInfix}meeting`,
      method: 'GET',
      path: `${meetings}/{id}`,
      roles: [...roles.read],
      summary: summaries.get,
      idempotent: false,
      ownedResource: true,
      params: idParams,
      successStatus: 200,
      response: meeting,
    }),
    vote: defineRoute({
      id: `cast-${idInfix}vote`,
      method: 'POST',
      path: `${meetings}/{id}/votes`,
      roles: [...roles.vote],
      summary: summaries.vote,
      idempotent: true,
      ownedResource: true,
      params: idParams,
      body: z.strictObject({ nominationId: identifier(LIMITS.id), choice: z.enum(VOTE_CHOICES) }),
      successStatus: 201,
      response: voteReceipt,
      example: { body: { nominationId: 'nom-example', choice: 'approve' } },
    }),
    conflict: defineRoute({
      id: `declare-${idInfix}conflict`,
      method: 'POST',
      path: `${meetings}/{id}/conflicts`,
      roles: [...roles.vote],
      summary: summaries.conflict,
      idempotent: true,
      ownedResource: true,
      params: idParams,
      body: z.strictObject({
        nominationId: identifier(LIMITS.id),
        /** Why the member stands aside; goes into the minutes. */
        reason: multiLineText(LIMITS.reason, 5),
      }),
      successStatus: 201,
      response: conflictReceipt,
      example: { body: { nominationId: 'nom-example', reason: 'Người được đề nghị là em ruột của tôi.' } },
    }),
    close: defineRoute({
      id: `close-${idInfix}meeting`,
      method: 'POST',
      path: `${meetings}/{id}/close`,
      roles: [...roles.close],
      summary: summaries.close,
      idempotent: true,
      ownedResource: true,
      params: idParams,
      successStatus: 200,
      response: meeting,
    }),
  };
}
