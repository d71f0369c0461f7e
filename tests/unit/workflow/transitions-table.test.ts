import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../shared/domain/vocabulary';
import {
  ACTIONS,
  DECIDED_STATES,
  GUARDS,
  isTerminal,
  NOMINATION_STATES,
  type NominationState,
  TERMINAL_STATES,
  TRANSITIONS,
  transitionsFrom,
} from '../../../shared/domain/workflow';

const SO_ROLES = ['council_secretary', 'director'];

describe('the transition table', () => {
  it('has at most one row per action and from-state, so an action is never ambiguous', () => {
    const pairs = TRANSITIONS.flatMap((t) => t.from.map((from) => `${t.action}@${from}`));

    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('has no row leaving a terminal state', () => {
    expect(TRANSITIONS.filter((t) => t.from.some(isTerminal))).toEqual([]);
  });

  it('declares as terminal exactly the states nothing leaves', () => {
    const withoutExit = NOMINATION_STATES.filter((s) => transitionsFrom(s).length === 0);

    expect([...withoutExit].sort()).toEqual([...TERMINAL_STATES].sort());
  });

  it('reaches every state from draft', () => {
    const reached = new Set<NominationState>(['draft']);
    let grew = true;
    while (grew) {
      grew = false;
      for (const t of TRANSITIONS) {
        if (t.from.some((s) => reached.has(s)) && !reached.has(t.to)) {
          reached.add(t.to);
          grew = true;
        }
      }
    }

    expect([...reached].sort()).toEqual([...NOMINATION_STATES].sort());
  });

  it('uses every action and only guards that exist', () => {
    expect(new Set(TRANSITIONS.map((t) => t.action))).toEqual(new Set(ACTIONS));
    for (const t of TRANSITIONS) for (const g of t.guards) expect(Object.keys(GUARDS)).toContain(g);
  });

  it('only revokes a decision', () => {
    for (const state of DECIDED_STATES) {
      expect(transitionsFrom(state).map((t) => [t.action, t.to])).toEqual([['revoke', 'revoked']]);
    }
  });

  it('checks ownership: unit rows guard the unit, Sở rows guard the organisation', () => {
    for (const t of TRANSITIONS) {
      if (t.role === 'unit_officer') expect(t.guards, t.action).toContain('actorOwnsNomination');
      if (SO_ROLES.includes(t.role)) expect(t.guards, t.action).toContain('actorInOrganisation');
    }
  });

  it('asks for the document it records', () => {
    for (const t of TRANSITIONS) {
      if (t.records === 'decision') expect(t.guards).toContain('hasDecision');
      if (t.records === 'revocation') expect(t.guards).toContain('hasRevokingDecision');
      if (t.records === 'submission_letter') expect(t.guards).toContain('hasSubmissionLetter');
    }
  });

  it('asks a reason for every refusal, return, withdrawal and revocation', () => {
    const needsReason = ['return', 'province_return', 'province_reject', 'withdraw', 'revoke'];

    for (const t of TRANSITIONS) expect(t.requiresReason, t.action).toBe(needsReason.includes(t.action));
  });

  it('gives workflow actions to no council member and no administrator (votes and accounts are separate)', () => {
    const roles = new Set(TRANSITIONS.map((t) => t.role));

    expect(ROLES.filter((r) => !roles.has(r))).toEqual(['council_member', 'admin']);
  });
});
