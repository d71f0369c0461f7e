import { describe, expect, it } from 'vitest';
import type { Authority } from '../../../shared/domain/vocabulary';
import {
  type Action,
  applyTransition,
  isTerminal,
  type TransitionContext,
} from '../../../shared/domain/workflow';
import {
  context,
  decision,
  director,
  letter,
  nomination,
  provinceLeader,
  provinceOfficer,
  secretary,
  tally,
  unitOfficer,
  walk,
} from './factories';

const passed = { passed: true, refusals: [] } as const;

/** From a draft to a council that approved it, for an award of the given authority. */
function toCouncilPassed(authority: Authority): (readonly [Action, TransitionContext])[] {
  return [
    ['submit', context({ authority, actor: unitOfficer() })],
    ['accept', context({ authority, actor: secretary(), dossierComplete: true, ruleCheck: passed })],
    ['open_vote', context({ authority, actor: secretary() })],
    ['record_pass', context({ authority, actor: secretary(), councilTally: tally('passed') })],
  ];
}

/** From the Sở's tờ trình to a province appraisal that approved it. */
function throughProvinceAppraisal(authority: Authority): (readonly [Action, TransitionContext])[] {
  return [
    ['forward', context({ authority, actor: director(), submissionLetter: letter() })],
    ['receive', context({ authority, actor: provinceOfficer() })],
    ['appraise', context({ authority, actor: provinceOfficer(), ruleCheck: passed })],
  ];
}

describe('routes through the workflow', () => {
  it('takes an award of the Sở from draft to a decision signed by the director, one version per step', () => {
    // Arrange
    const steps = [
      ...toCouncilPassed('department'),
      ['decide', context({ actor: director(), decision: decision() })] as const,
    ];
    // Act
    const { final, events } = walk(nomination(), steps);
    // Assert
    expect(events.map((e) => e.to)).toEqual([
      'submitted',
      'accepted',
      'in_council',
      'council_passed',
      'decided',
    ]);
    expect(final).toMatchObject({
      state: 'decided',
      version: 6,
      decision: decision(),
      updatedAt: context().at,
    });
    expect(events.at(-1)?.notify).toEqual(['submitting_unit', 'nominee']);
  });

  it('takes an award of the province through the Sở tờ trình and the provincial appraisal to the Chủ tịch', () => {
    const provinceDecision = decision({ decisionId: 'DEC_UBND', number: '163/QĐ-UBND' });
    const steps = [
      ...toCouncilPassed('province'),
      ...throughProvinceAppraisal('province'),
      [
        'province_decide',
        context({ authority: 'province', actor: provinceLeader(), decision: provinceDecision }),
      ] as const,
    ];

    const { final, events } = walk(nomination(), steps);

    expect(events.map((e) => e.to)).toEqual([
      'submitted',
      'accepted',
      'in_council',
      'council_passed',
      'forwarded',
      'province_review',
      'province_approved',
      'decided_by_province',
    ]);
    expect(final).toMatchObject({ version: 9, decision: provinceDecision, submissionLetter: letter() });
  });

  it('sends a province award through the provincial council when the rule set requires it', () => {
    const steps = [
      ...toCouncilPassed('province'),
      ['forward', context({ authority: 'province', actor: director(), submissionLetter: letter() })] as const,
      ['receive', context({ authority: 'province', actor: provinceOfficer() })] as const,
      [
        'open_province_vote',
        context({
          authority: 'province',
          actor: provinceOfficer(),
          ruleCheck: passed,
          provinceCouncilRequired: true,
        }),
      ] as const,
      [
        'record_province_pass',
        context({ authority: 'province', actor: provinceOfficer(), councilTally: tally('passed') }),
      ] as const,
    ];

    const { final } = walk(nomination(), steps);

    expect(final.state).toBe('province_approved');
  });

  it('does not let a provincial-council award skip its vote', () => {
    const { final } = walk(nomination(), [
      ...toCouncilPassed('province'),
      ['forward', context({ authority: 'province', actor: director(), submissionLetter: letter() })],
      ['receive', context({ authority: 'province', actor: provinceOfficer() })],
    ]);

    const result = applyTransition(
      final,
      'appraise',
      context({
        authority: 'province',
        actor: provinceOfficer(),
        ruleCheck: passed,
        provinceCouncilRequired: true,
      }),
    );

    expect(result.ok ? undefined : result.error.code).toBe('WORKFLOW_WRONG_ROUTE');
  });

  it('records a national award as forwarded to central level and stops there', () => {
    const steps = [
      ...toCouncilPassed('national'),
      ...throughProvinceAppraisal('national'),
      [
        'forward_to_central',
        context({
          authority: 'national',
          actor: provinceLeader(),
          submissionLetter: letter({ number: '12/TTr-UBND' }),
        }),
      ] as const,
    ];

    const { final, events } = walk(nomination(), steps);

    expect(final.state).toBe('forwarded_to_central');
    expect(isTerminal(final.state)).toBe(true);
    expect(events.at(-1)?.submissionLetter).toEqual(letter({ number: '12/TTr-UBND' }));
  });

  it('returns a dossier for more documents and accepts it once resubmitted, keeping the reason', () => {
    const { final, events } = walk(nomination(), [
      ['submit', context()],
      ['return', context({ actor: secretary(), reason: '  Thiếu biên bản họp xét. ' })],
      ['resubmit', context()],
      ['accept', context({ actor: secretary(), dossierComplete: true, ruleCheck: passed })],
    ]);

    expect(events.map((e) => e.to)).toEqual(['submitted', 'returned', 'submitted', 'accepted']);
    expect(events[1]).toMatchObject({ reason: 'Thiếu biên bản họp xét.', notify: ['submitting_unit'] });
    expect(final.version).toBe(5);
  });

  it('returns a province award to the Sở secretariat, which forwards it again', () => {
    const { final } = walk(nomination(), [
      ...toCouncilPassed('province'),
      ['forward', context({ authority: 'province', actor: director(), submissionLetter: letter() })],
      ['receive', context({ authority: 'province', actor: provinceOfficer() })],
      [
        'province_return',
        context({ authority: 'province', actor: provinceOfficer(), reason: 'Bổ sung sáng kiến.' }),
      ],
      ['reforward', context({ authority: 'province', actor: secretary() })],
    ]);

    expect(final.state).toBe('forwarded');
  });

  it('lets the unit withdraw an accepted nomination, with a reason, and tells the secretariat', () => {
    const { final } = walk(nomination(), toCouncilPassed('department').slice(0, 2));

    const result = applyTransition(final, 'withdraw', context({ reason: 'Cá nhân xin rút.' }));

    expect(result.ok && result.next.state).toBe('withdrawn');
    expect(result.ok && result.event.notify).toEqual(['secretariat']);
  });

  it('tells the province officers too when the nomination is withdrawn during the provincial review', () => {
    const { final } = walk(nomination(), [
      ...toCouncilPassed('province'),
      ['forward', context({ authority: 'province', actor: director(), submissionLetter: letter() })],
    ]);

    const result = applyTransition(final, 'withdraw', context({ authority: 'province', reason: 'Rút.' }));

    expect(result.ok && result.event.notify).toEqual(['secretariat', 'province_officers']);
  });

  it('does not allow a withdrawal during a vote or after a decision', () => {
    const during = applyTransition(
      nomination({ state: 'in_council' }),
      'withdraw',
      context({ reason: 'Rút.' }),
    );
    const after = applyTransition(nomination({ state: 'decided' }), 'withdraw', context({ reason: 'Rút.' }));

    expect(during.ok ? undefined : during.error.code).toBe('WORKFLOW_INVALID_TRANSITION');
    expect(after.ok ? undefined : after.error.code).toBe('WORKFLOW_INVALID_TRANSITION');
  });

  it('revokes a decision, keeping both the awarding and the revoking decision', () => {
    const revoking = decision({ decisionId: 'DEC_REVOKE', number: '140/QĐ-SNV', signedOn: '2025-03-01' });
    const decided = nomination({ state: 'decided', version: 6, decision: decision() });

    const result = applyTransition(
      decided,
      'revoke',
      context({ actor: director(), decision: revoking, reason: 'Kê khai thành tích không trung thực.' }),
    );

    expect(result.ok && result.next).toMatchObject({
      state: 'revoked',
      decision: decision(),
      revocation: revoking,
    });
    expect(result.ok && result.event).toMatchObject({
      decision: revoking,
      notify: ['submitting_unit', 'nominee'],
    });
  });

  it('records a failed council vote as terminal and notifies unit and nominee', () => {
    const { final } = walk(nomination(), toCouncilPassed('department').slice(0, 3));

    const result = applyTransition(
      final,
      'record_fail',
      context({ actor: secretary(), councilTally: tally('failed') }),
    );

    expect(result.ok && result.next.state).toBe('council_failed');
    expect(result.ok && result.event.tally?.approvals).toBe(6);
    expect(result.ok && result.event.notify).toEqual(['submitting_unit', 'nominee']);
  });
});
