import { describe, expect, it } from 'vitest';
import { allowedActions } from '../../../shared/domain/workflow/allowed-actions';
import { FIXED_AT, nomination, provinceLeader, provinceOfficer, secretary, unitOfficer } from './factories';

const on = (actor: ReturnType<typeof unitOfficer>, authority: 'department' | 'province' = 'province') => ({
  actor,
  at: FIXED_AT,
  authority,
  provinceCouncilRequired: false,
});

describe('allowedActions (the buttons, from the workflow table)', () => {
  it("lets the unit resubmit or withdraw its returned dossier, and no one else's unit", () => {
    const returned = nomination({ state: 'returned' });
    expect(allowedActions(returned, on(unitOfficer())).sort()).toEqual(['resubmit', 'withdraw']);
    expect(allowedActions(returned, on(unitOfficer({ unitId: 'UNIT_OTHER' })))).toEqual([]);
  });

  it("lets the Sở's secretariat accept or return a submitted dossier of its own organisation only", () => {
    const submitted = nomination({ state: 'submitted' });
    expect(allowedActions(submitted, on(secretary())).sort()).toEqual(['accept', 'return']);
    expect(allowedActions(submitted, on(secretary({ organisationId: 'ORG_OTHER' })))).toEqual([]);
  });

  it("gives a forwarded dossier to the province's officers to receive, and a draft to its unit to send or discard", () => {
    const forwarded = nomination({ state: 'forwarded' });
    expect(allowedActions(forwarded, on(provinceOfficer()))).toContain('receive');
    expect(allowedActions(forwarded, on(provinceLeader()))).not.toContain('receive');
    const draft = nomination({ state: 'draft' });
    expect(allowedActions(draft, on(unitOfficer())).sort()).toEqual(['discard', 'submit']);
  });

  it('offers nothing on a finished nomination', () => {
    expect(allowedActions(nomination({ state: 'decided' }), on(unitOfficer()))).toEqual([]);
  });
});
