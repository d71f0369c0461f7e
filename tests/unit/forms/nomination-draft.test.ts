import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../shared/domain/errors';
import { LIMITS, NominationDraftSchema, parseForm, safeParseForm } from '../../../shared/domain/forms';
import {
  collectiveNominee,
  dossierItem,
  initiativeClaim,
  nfd,
  nominationDraft,
  personNominee,
} from './factories';

const issuesOf = (input: unknown) => {
  const result = safeParseForm(NominationDraftSchema, input);
  return result.ok ? [] : result.error.issues;
};

describe('NominationDraftSchema', () => {
  it('accepts a valid draft for a person', () => {
    const input = nominationDraft();

    const result = safeParseForm(NominationDraftSchema, input);

    expect(result).toEqual({ ok: true, value: input });
  });

  it('accepts a valid draft for a collective within a campaign period', () => {
    const input = nominationDraft({
      subject: 'collective',
      awardCode: 'TTLDXS',
      track: 'campaign',
      campaignId: '01JCAMPAIGN2022HATINH',
      periodNo: 2,
      nominee: collectiveNominee(),
      initiatives: [],
    });

    expect(issuesOf(input)).toEqual([]);
  });

  it('defaults the dossier and the initiatives to empty lists while the draft is being written', () => {
    const { dossier: _d, initiatives: _i, ...input } = nominationDraft();

    const value = parseForm(NominationDraftSchema, input);

    expect(value.dossier).toEqual([]);
    expect(value.initiatives).toEqual([]);
  });

  it.each([
    ['state', 'accepted'],
    ['version', 3],
    ['decidedBy', 'director-1'],
  ])('rejects the server-owned key %s and names it', (key, value) => {
    expect(issuesOf({ ...nominationDraft(), [key]: value })).toEqual([
      { path: key, code: 'unknown_field', message: `Trường không được phép: ${key}.` },
    ]);
  });

  it('names unknown keys nested in the nominee and the dossier by their full path', () => {
    const input = nominationDraft({
      nominee: { ...personNominee(), version: 1 } as never,
      dossier: [{ ...dossierItem(), state: 'x' } as never],
    });

    expect(issuesOf(input).map((i) => i.path)).toEqual(['nominee.version', 'dossier.0.state']);
  });

  it('normalises nested text (nominee, dossier titles, notes) to NFC', () => {
    const input = nominationDraft({
      nominee: personNominee({ fullName: nfd('Lê Văn Đức') }),
      dossier: [dossierItem({ title: nfd('Biên bản họp xét') })],
      notes: nfd('Ưu tiên người không giữ chức vụ.\r\nĐã đủ hồ sơ.'),
    });

    const value = parseForm(NominationDraftSchema, input);

    expect(value.nominee.subject === 'person' && value.nominee.fullName).toBe('Lê Văn Đức');
    expect(value.dossier[0]?.title).toBe('Biên bản họp xét');
    expect(value.notes).toBe('Ưu tiên người không giữ chức vụ.\nĐã đủ hồ sơ.');
  });

  it('rejects a collective nominee on a person draft', () => {
    expect(issuesOf(nominationDraft({ nominee: collectiveNominee() }))).toEqual([
      {
        path: 'nominee.subject',
        code: 'subject_mismatch',
        message: 'Đối tượng đề nghị không khớp với loại (cá nhân / tập thể).',
      },
    ]);
  });

  it('requires a campaign for a campaign-track award', () => {
    expect(issuesOf(nominationDraft({ track: 'campaign' }))[0]).toMatchObject({
      path: 'campaignId',
      code: 'required',
    });
  });

  it('rejects a period number without a campaign', () => {
    expect(issuesOf(nominationDraft({ periodNo: 1 }))[0]).toMatchObject({
      path: 'periodNo',
      code: 'period_without_campaign',
    });
  });

  it('rejects an award code outside the vocabulary', () => {
    expect(issuesOf(nominationDraft({ awardCode: 'HUAN_CHUONG_X' as never }))[0]).toMatchObject({
      path: 'awardCode',
      code: 'invalid_option',
    });
  });

  it('rejects a year outside 1945–2100 and a fractional year', () => {
    expect(issuesOf(nominationDraft({ year: 1900 }))[0]).toMatchObject({ path: 'year', code: 'too_small' });
    expect(issuesOf(nominationDraft({ year: 2024.5 }))[0]).toMatchObject({
      path: 'year',
      code: 'invalid_type',
    });
  });

  it('rejects a dossier of more items than the limit', () => {
    const dossier = Array.from({ length: LIMITS.dossierItems + 1 }, (_, i) =>
      dossierItem({ fileRef: `f/${i}.pdf` }),
    );

    expect(issuesOf(nominationDraft({ dossier }))).toEqual([
      { path: 'dossier', code: 'too_many', message: `Tối đa ${LIMITS.dossierItems} mục.` },
    ]);
  });

  it('rejects more initiatives than the limit', () => {
    const initiatives = Array.from({ length: LIMITS.initiatives + 1 }, (_, i) =>
      initiativeClaim({ recognitionNumber: `${i + 1}/QĐ-SNV` }),
    );

    expect(issuesOf(nominationDraft({ initiatives }))[0]).toMatchObject({
      path: 'initiatives',
      code: 'too_many',
    });
  });

  it('rejects notes over the limit', () => {
    expect(issuesOf(nominationDraft({ notes: 'n'.repeat(LIMITS.notes + 1) }))[0]).toMatchObject({
      path: 'notes',
      code: 'too_long',
    });
  });

  it('rejects the same file twice in a dossier and the same initiative claimed twice', () => {
    const input = nominationDraft({
      dossier: [dossierItem(), dossierItem({ kind: 'other' })],
      initiatives: [initiativeClaim(), initiativeClaim({ title: 'Tên khác' })],
    });

    expect(issuesOf(input).map((i) => [i.path, i.code])).toEqual([
      ['dossier.1.fileRef', 'duplicate'],
      ['initiatives.1.recognitionNumber', 'duplicate'],
    ]);
  });

  it('throws a ValidationError from parseForm, with the stable code and the field issues', () => {
    const act = () => parseForm(NominationDraftSchema, { ...nominationDraft(), state: 'decided' });

    expect(act).toThrow(ValidationError);
    try {
      act();
    } catch (error) {
      expect(error).toMatchObject({
        kind: 'invalid',
        code: 'VALIDATION_FAILED',
        message: 'Dữ liệu không hợp lệ.',
      });
      expect((error as ValidationError).issues[0]?.path).toBe('state');
    }
  });

  it('speaks Vietnamese in every message, whatever is wrong', () => {
    const input = {
      subject: 'robot',
      awardCode: 1,
      year: 'năm nay',
      nominee: { subject: 'person', fullName: '' },
      dossier: 'none',
      extra: true,
    };

    const issues = issuesOf(input);

    expect(issues.length).toBeGreaterThan(4);
    for (const issue of issues) {
      expect(issue.message).not.toMatch(/\b(expected|invalid|received|too|must|required)\b/i);
      expect(issue.message).toMatch(/[àáảãạăâđèéêìíòóôơùúưỳý]/i);
    }
  });
});
