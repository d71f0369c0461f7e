/**
 * A nomination read through the API carries the actions the caller may take on it now — from
 * the workflow table, the caller's roles and ownership — so the web draws its buttons from the
 * server instead of re-encoding the transitions; taking an action is still judged in full.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_RETURN } from '../../../shared/http/routes/nomination-examples';
import { startTestApi, type TestApi } from '../support/api';
import { anUnlistedPersonDraft, createDraft } from '../support/nominations';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('allowed-actions');
}, 60_000);
afterAll(() => api?.stop());

interface Detail {
  nomination: { state: string; allowedActions: string[] };
}

describe('allowedActions of a nomination', () => {
  it('follows the nomination through its states, for each caller', async () => {
    const officer = await api.as('canbo.vanphong.snv');
    const secretary = await api.as('thuky.snv');
    const director = await api.as('giamdoc.snv');
    const { body } = await createDraft(officer, anUnlistedPersonDraft(700));
    const path = `/nominations/${body.nomination.id}`;
    const actionsOf = async (caller: typeof officer) =>
      [...(await caller.get<Detail>(path)).body.nomination.allowedActions].sort();

    expect(await actionsOf(officer)).toEqual(['discard', 'submit']);

    expect((await officer.post(`${path}/submit`)).status).toBe(200);
    expect(await actionsOf(officer)).toEqual(['withdraw']);
    expect(await actionsOf(secretary)).toEqual(['accept', 'return']);
    expect(await actionsOf(director)).toEqual([]);

    const returned = await secretary.post(`${path}/return`, EXAMPLE_RETURN);
    expect(returned.status).toBe(200);
    expect(await actionsOf(officer)).toEqual(['resubmit', 'withdraw']);
    expect(await actionsOf(secretary)).toEqual([]);
  }, 60_000);
});
