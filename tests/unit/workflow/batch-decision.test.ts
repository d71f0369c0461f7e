import { describe, expect, it } from 'vitest';
import { applyBatchDecision } from '../../../shared/domain/workflow';
import { context, decision, director, nomination, provinceLeader } from './factories';

const passed = (id: string) => nomination({ id, state: 'council_passed', version: 5 });

describe('applyBatchDecision', () => {
  it('decides every nomination a Sở decision lists, with the same decision on each', () => {
    const items = ['NOM_A', 'NOM_B', 'NOM_C'].map((id) => ({
      nomination: passed(id),
      context: context({ actor: director() }),
    }));

    const result = applyBatchDecision('decide', decision(), items);

    expect(
      result.ok && result.results.map((r) => [r.next.id, r.next.state, r.next.decision?.number]),
    ).toEqual([
      ['NOM_A', 'decided', '125/QĐ-SNV'],
      ['NOM_B', 'decided', '125/QĐ-SNV'],
      ['NOM_C', 'decided', '125/QĐ-SNV'],
    ]);
  });

  it('decides none when one listed nomination cannot be decided, and names it', () => {
    const items = [
      { nomination: passed('NOM_A'), context: context({ actor: director() }) },
      {
        nomination: passed('NOM_B'),
        context: context({ actor: director(), authority: 'province' as const }),
      },
    ];

    const result = applyBatchDecision('decide', decision(), items);

    expect(result.ok).toBe(false);
    expect(!result.ok && result.failures.map((f) => [f.nominationId, f.error.code])).toEqual([
      ['NOM_B', 'WORKFLOW_WRONG_ROUTE'],
    ]);
  });

  it('refuses a nomination listed twice and an empty decision', () => {
    const item = { nomination: passed('NOM_A'), context: context({ actor: director() }) };

    const twice = applyBatchDecision('decide', decision(), [item, item]);
    const empty = applyBatchDecision('decide', decision(), []);

    expect(!twice.ok && twice.failures.map((f) => f.error.code)).toEqual(['DECISION_DUPLICATE_NOMINEE']);
    expect(!empty.ok && empty.failures.map((f) => f.error.code)).toEqual(['DECISION_EMPTY']);
  });

  it('lets the Chủ tịch decide a batch of province awards', () => {
    const items = ['NOM_A', 'NOM_B'].map((id) => ({
      nomination: nomination({ id, state: 'province_approved', version: 8 }),
      context: context({ actor: provinceLeader(), authority: 'province' }),
    }));

    const result = applyBatchDecision('province_decide', decision({ number: '163/QĐ-UBND' }), items);

    expect(
      result.ok &&
        result.results.every((r) => r.next.state === 'decided_by_province' && r.next.version === 9),
    ).toBe(true);
  });
});
