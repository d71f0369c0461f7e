import { describe, expect, it } from 'vitest';
import { makeSubmitNomination } from '../../../../shared/app/nominations/submit-nomination';
import { RuleRefusedError } from '../../../../shared/domain/errors';
import { DEMO_RULES_CODE, ruleOverridesFor } from '../../../../shared/rule-overrides';
import { aPrincipal, aStoredNomination, fakeNominations, fakePorts } from './fakes';

describe('submitting a nomination', () => {
  it('refuses a failed rule with its citation and writes nothing', async () => {
    const draft = aStoredNomination();
    const form = { ...draft.form, nominee: { ...(draft.form.nominee as object), taskRating: 'HTNV' } };
    const { repo, transitions } = fakeNominations([{ ...draft, form }]);

    const error = await makeSubmitNomination(fakePorts(repo))(aPrincipal(), 'nom-1').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(RuleRefusedError);
    expect((error as RuleRefusedError).refusals).toContainEqual(
      expect.objectContaining({ ruleId: 'LDTT.task_rating', citation: expect.stringMatching(/Điều 24/) }),
    );
    expect(transitions).toEqual([]);
  });

  it('counts every claimed initiative toward the nomination in the same transition', async () => {
    const draft = aStoredNomination();
    const initiatives = [
      {
        initiativeId: 'SK-1',
        kind: 'initiative',
        title: 'A',
        recognitionNumber: '1/QĐ-SNV',
        recognisedOn: '2026-01-10',
        reach: 'unit',
      },
      {
        kind: 'initiative',
        title: 'B',
        recognitionNumber: '2/QĐ-SNV',
        recognisedOn: '2026-02-10',
        reach: 'unit',
      },
    ];
    const { repo, transitions } = fakeNominations([{ ...draft, form: { ...draft.form, initiatives } }]);

    await makeSubmitNomination(fakePorts(repo))(aPrincipal(), 'nom-1');

    expect(transitions[0]?.extras).toEqual([
      { kind: 'initiative-use', initiativeId: 'SK-1' },
      { kind: 'initiative-use', initiativeId: '2/QĐ-SNV' },
    ]);
    expect(transitions[0]).toMatchObject({ from: 'draft', to: 'submitted', event: { action: 'submit' } });
  });

  it('claims a directory person on the annual track for the award and year, and records the claim', async () => {
    const draft = aStoredNomination();
    const nominee = { ...(draft.form.nominee as object), personId: 'person-snv-01' };
    const { repo, transitions } = fakeNominations([{ ...draft, form: { ...draft.form, nominee } }]);

    await makeSubmitNomination(fakePorts(repo))(aPrincipal(), 'nom-1');

    const claim = { holder: { kind: 'person', id: 'person-snv-01' }, awardCode: 'LDTT', year: 2026 };
    expect(transitions[0]?.extras).toEqual([{ kind: 'nominee-claim', ...claim }]);
    expect(transitions[0]?.changes?.records).toMatchObject({ held: { nominee: claim } });
  });

  it('claims no nominee on the campaign track, nor an unlisted person', async () => {
    const draft = aStoredNomination();
    const nominee = { ...(draft.form.nominee as object), personId: 'person-snv-01' };
    const campaign = { ...draft, track: 'campaign' as const, form: { ...draft.form, nominee } };
    const { repo, transitions } = fakeNominations([campaign, { ...draft, id: 'nom-2' }]);

    await makeSubmitNomination(fakePorts(repo))(aPrincipal(), 'nom-1').catch(() => undefined);
    await makeSubmitNomination(fakePorts(repo))(aPrincipal(), 'nom-2');

    for (const t of transitions) {
      expect(t.extras ?? []).not.toContainEqual(expect.objectContaining({ kind: 'nominee-claim' }));
    }
    expect(transitions.length).toBeGreaterThan(0);
  });

  it('tells an exhausted CSTĐCS quota as the quota rule refusing, not as a conflict', async () => {
    const draft = aStoredNomination({ awardCode: 'CSTDCS' });
    const form = {
      ...draft.form,
      awardCode: 'CSTDCS',
      nominee: { ...(draft.form.nominee as object), taskRating: 'HTXSNV' },
    };
    const { repo } = fakeNominations([{ ...draft, form }]);

    // The demo's quy chế caps CSTĐCS at 15 % of the unit's LĐTT (no national cap exists).
    const ports = { ...fakePorts(repo), ruleOverrides: ruleOverridesFor(DEMO_RULES_CODE) };
    const error = await makeSubmitNomination(ports)(aPrincipal(), 'nom-1').catch((e: unknown) => e);

    // No LĐTT in the unit: 15 % of 0 leaves no place.
    expect(error).toBeInstanceOf(RuleRefusedError);
    expect((error as RuleRefusedError).refusals[0]?.ruleId).toBe('CSTDCS.quota');
  });

  it('sends the same CSTĐCS when no quy chế sets a cap: the place it takes has no limit', async () => {
    const draft = aStoredNomination({ awardCode: 'CSTDCS' });
    const form = {
      ...draft.form,
      awardCode: 'CSTDCS',
      nominee: { ...(draft.form.nominee as object), taskRating: 'HTXSNV' },
    };
    const { repo, transitions } = fakeNominations([{ ...draft, form }]);

    await makeSubmitNomination({ ...fakePorts(repo), ruleOverrides: ruleOverridesFor('ha-tinh') })(
      aPrincipal(),
      'nom-1',
    );

    expect(transitions[0]).toMatchObject({ from: 'draft', to: 'submitted' });
    expect(transitions[0]?.extras).toContainEqual(
      expect.objectContaining({ kind: 'quota', awardCode: 'CSTDCS', limit: Number.MAX_SAFE_INTEGER }),
    );
  });

  it('leaves another unit’s officer to the workflow’s refusal without judging the rules', async () => {
    const { repo, transitions } = fakeNominations([aStoredNomination()]);

    const error = await makeSubmitNomination(fakePorts(repo))(
      aPrincipal({ unitId: 'unit-snv-ccvc' }),
      'nom-1',
    ).catch((e: unknown) => e);

    expect((error as { kind: string }).kind).toBe('not-found');
    expect(transitions).toEqual([]);
  });
});
