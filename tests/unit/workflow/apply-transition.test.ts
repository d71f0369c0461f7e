import { describe, expect, it } from 'vitest';
import {
  ConflictError,
  ForbiddenError,
  RuleRefusedError,
  ValidationError,
} from '../../../shared/domain/errors';
import { LIMITS } from '../../../shared/domain/forms';
import { type Action, applyTransition, type WorkflowNomination } from '../../../shared/domain/workflow';
import {
  admin,
  context,
  decision,
  director,
  letter,
  nomination,
  provinceLeader,
  secretary,
  tally,
  unitOfficer,
} from './factories';

const errorOf = (n: WorkflowNomination, action: Action, ctx = context()) => {
  const result = applyTransition(n, action, ctx);
  return result.ok ? undefined : result.error;
};

describe('applyTransition refusals', () => {
  it('refuses an action the current state does not allow with a ConflictError and a stable code', () => {
    const error = errorOf(nomination(), 'decide', context({ actor: director(), decision: decision() }));

    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ code: 'WORKFLOW_INVALID_TRANSITION', kind: 'conflict' });
  });

  it('refuses a role that never takes the action with a ForbiddenError', () => {
    const error = errorOf(nomination({ state: 'submitted' }), 'accept', context({ actor: unitOfficer() }));

    expect(error).toBeInstanceOf(ForbiddenError);
    expect(error?.code).toBe('WORKFLOW_ROLE_NOT_ALLOWED');
  });

  it('refuses a role that takes the action from another state only', () => {
    // The province leader revokes provincial decisions, not the director's.
    const error = errorOf(
      nomination({ state: 'decided' }),
      'revoke',
      context({ actor: provinceLeader(), decision: decision(), reason: 'Sai sót.' }),
    );

    expect(error).toBeInstanceOf(ForbiddenError);
  });

  it('gives the administrator no workflow power', () => {
    expect(
      errorOf(nomination(), 'submit', context({ actor: admin({ unitId: 'UNIT_TCHC' }) })),
    ).toBeInstanceOf(ForbiddenError);
  });

  it('refuses an officer of another unit', () => {
    const error = errorOf(nomination(), 'submit', context({ actor: unitOfficer({ unitId: 'UNIT_OTHER' }) }));

    expect(error).toMatchObject({ kind: 'forbidden', code: 'WORKFLOW_NOT_OWNER' });
  });

  it('refuses a secretary of another Sở', () => {
    const error = errorOf(
      nomination({ state: 'submitted' }),
      'return',
      context({ actor: secretary({ organisationId: 'ORG_OTHER' }), reason: 'Thiếu hồ sơ.' }),
    );

    expect(error).toMatchObject({ kind: 'forbidden', code: 'WORKFLOW_OTHER_ORGANISATION' });
  });

  it.each(['withdrawn', 'revoked', 'council_failed', 'province_rejected', 'forwarded_to_central'] as const)(
    'keeps the terminal state %s terminal',
    (state) => {
      const error = errorOf(nomination({ state }), 'withdraw', context({ reason: 'Rút.' }));

      expect(error).toMatchObject({ kind: 'conflict', code: 'WORKFLOW_TERMINAL_STATE' });
    },
  );

  it('refuses a stale version with NOMINATION_VERSION_CONFLICT', () => {
    const error = errorOf(nomination({ version: 4 }), 'submit', context({ expectedVersion: 3 }));

    expect(error).toMatchObject({ kind: 'conflict', code: 'NOMINATION_VERSION_CONFLICT' });
  });

  it('refuses an action that does not exist', () => {
    expect(errorOf(nomination(), 'approve_everything' as Action)?.code).toBe('WORKFLOW_UNKNOWN_ACTION');
  });

  it('refuses to let the director decide a province award', () => {
    const error = errorOf(
      nomination({ state: 'council_passed' }),
      'decide',
      context({ authority: 'province', actor: director(), decision: decision() }),
    );

    expect(error).toMatchObject({ kind: 'conflict', code: 'WORKFLOW_WRONG_ROUTE' });
  });

  it('refuses to forward an award the Sở decides itself', () => {
    const error = errorOf(
      nomination({ state: 'council_passed' }),
      'forward',
      context({ authority: 'department', actor: director(), submissionLetter: letter() }),
    );

    expect(error?.code).toBe('WORKFLOW_WRONG_ROUTE');
  });

  it('refuses to accept an incomplete dossier, citing Điều 84', () => {
    const error = errorOf(
      nomination({ state: 'submitted' }),
      'accept',
      context({ actor: secretary(), dossierComplete: false, ruleCheck: { passed: true, refusals: [] } }),
    );

    expect(error).toBeInstanceOf(RuleRefusedError);
    expect((error as RuleRefusedError).refusals[0]?.citation).toBe('Điều 84 Luật Thi đua, khen thưởng 2022');
  });

  it('passes the rule engine refusals through when the rules fail', () => {
    const refusal = { ruleId: 'cstdcs.ldtt', citation: 'Điều 21 Luật TĐKT 2022', message: 'Chưa đạt LĐTT.' };

    const error = errorOf(
      nomination({ state: 'submitted' }),
      'accept',
      context({
        actor: secretary(),
        dossierComplete: true,
        ruleCheck: { passed: false, refusals: [refusal] },
      }),
    );

    expect((error as RuleRefusedError).refusals).toEqual([refusal]);
  });

  it('refuses to record a pass without quorum, or against a failed tally', () => {
    const inCouncil = nomination({ state: 'in_council' });

    const noQuorum = errorOf(
      inCouncil,
      'record_pass',
      context({ actor: secretary(), councilTally: tally('no_quorum') }),
    );
    const mismatch = errorOf(
      inCouncil,
      'record_pass',
      context({ actor: secretary(), councilTally: tally('failed') }),
    );
    const missing = errorOf(inCouncil, 'record_pass', context({ actor: secretary() }));

    expect([noQuorum?.code, mismatch?.code, missing?.code]).toEqual([
      'COUNCIL_NO_QUORUM',
      'COUNCIL_OUTCOME_MISMATCH',
      'COUNCIL_TALLY_MISSING',
    ]);
  });

  it('requires the signed decision to decide', () => {
    const error = errorOf(nomination({ state: 'council_passed' }), 'decide', context({ actor: director() }));

    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([
      { path: 'decision', code: 'required', message: 'Cần số và ngày của quyết định khen thưởng.' },
    ]);
  });

  it.each([undefined, '', '   '])('requires a reason to return a dossier (reason: %j)', (reason) => {
    const error = errorOf(
      nomination({ state: 'submitted' }),
      'return',
      context({ actor: secretary(), reason }),
    );

    expect((error as ValidationError).issues).toEqual([
      { path: 'reason', code: 'required', message: 'Cần nêu lý do.' },
    ]);
  });

  it('refuses an over-long reason and normalises a decomposed one', () => {
    const submitted = nomination({ state: 'submitted' });
    const tooLong = errorOf(
      submitted,
      'return',
      context({ actor: secretary(), reason: 'x'.repeat(LIMITS.reason + 1) }),
    );
    const ok = applyTransition(
      submitted,
      'return',
      context({ actor: secretary(), reason: 'Thiếu hồ sơ'.normalize('NFD') }),
    );

    expect((tooLong as ValidationError).issues[0]?.code).toBe('too_long');
    expect(ok.ok && ok.event.reason).toBe('Thiếu hồ sơ');
  });

  it('accepts a submission on the deadline day in Vietnam and refuses it one minute after midnight there', () => {
    const deadline = '2024-12-20';
    // 16:59 UTC is 23:59 in Vietnam (UTC+7); 17:01 UTC is already the next day.
    const onTime = applyTransition(
      nomination(),
      'submit',
      context({ at: '2024-12-20T16:59:00.000Z', nominationDeadline: deadline }),
    );
    const late = errorOf(
      nomination(),
      'submit',
      context({ at: '2024-12-20T17:01:00.000Z', nominationDeadline: deadline }),
    );

    expect(onTime.ok).toBe(true);
    expect(late?.code).toBe('NOMINATION_DEADLINE_PASSED');
  });

  it('never changes the nomination it is given', () => {
    const original = Object.freeze(nomination());

    const result = applyTransition(original, 'submit', context());

    expect(result.ok && result.next).not.toBe(original);
    expect(original).toEqual(nomination());
  });

  it('keeps the fields the workflow does not own', () => {
    const withForm = { ...nomination(), awardCode: 'CSTDCS', nominee: { fullName: 'Nguyễn Thị Hoa' } };

    const result = applyTransition(withForm, 'submit', context());

    expect(result.ok && result.next).toMatchObject({
      awardCode: 'CSTDCS',
      nominee: { fullName: 'Nguyễn Thị Hoa' },
    });
  });
});
