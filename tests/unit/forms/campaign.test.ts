import { describe, expect, it } from 'vitest';
import { CampaignSchema, LIMITS, parseForm, safeParseForm } from '../../../shared/domain/forms';
import { haTinhCampaign2022, nfd } from './factories';

const issuesOf = (input: unknown) => {
  const result = safeParseForm(CampaignSchema, input);
  return result.ok ? [] : result.error.issues;
};

const period = (periodNo: number, startsOn: string, endsOn: string, reviewDueOn: string) => ({
  periodNo,
  startsOn,
  endsOn,
  reviewDueOn,
});

describe('CampaignSchema', () => {
  it('accepts the Hà Tĩnh 2022 plan with its two periods, targets and commemorations', () => {
    const input = haTinhCampaign2022();

    const value = parseForm(CampaignSchema, input);

    expect(value).toEqual(input);
    expect(value.periods.map((p) => [p.startsOn, p.endsOn, p.reviewDueOn])).toEqual([
      ['2022-01-01', '2022-06-30', '2022-07-15'],
      ['2022-07-01', '2022-12-31', '2022-12-31'],
    ]);
  });

  it('accepts a one-period special campaign (Lạng Sơn, 90 years of the provincial Party committee)', () => {
    const input = haTinhCampaign2022({
      issuingBody: 'Sở Nội vụ tỉnh Lạng Sơn',
      documentNumber: '/PD-SNV',
      periods: [period(1, '2023-03-01', '2023-05-31', '2023-06-10')],
      commemorations: [{ title: 'Kỷ niệm 90 năm Ngày truyền thống Đảng bộ tỉnh Lạng Sơn', on: '2023-06-15' }],
      targets: [],
      awardsInScope: ['GIAY_KHEN', 'BK_TINH'],
      nominationDeadline: '2023-06-05',
    });

    expect(issuesOf(input)).toEqual([]);
  });

  it('normalises the decomposed theme and content items to NFC', () => {
    const theme = '“Đoàn kết, đổi mới, thi đua hoàn thành vượt mức các chỉ tiêu”';

    const value = parseForm(
      CampaignSchema,
      haTinhCampaign2022({ theme: nfd(theme), contentItems: [nfd('Cải cách hành chính')] }),
    );

    expect(value.theme).toBe(theme);
    expect(value.contentItems).toEqual(['Cải cách hành chính']);
  });

  it('rejects a period that ends before it starts', () => {
    const input = haTinhCampaign2022({
      periods: [
        period(1, '2022-06-30', '2022-01-01', '2022-07-15'),
        period(2, '2022-07-01', '2022-12-31', '2022-12-31'),
      ],
    });

    expect(issuesOf(input)).toContainEqual({
      path: 'periods.0.endsOn',
      code: 'end_before_start',
      message: 'Ngày kết thúc đợt phải sau hoặc trùng ngày bắt đầu.',
    });
  });

  it('rejects a review due before the period ends, and accepts it on the same day', () => {
    const early = haTinhCampaign2022({
      periods: [period(1, '2022-01-01', '2022-12-31', '2022-12-30')],
      commemorations: [],
      nominationDeadline: '2022-12-15',
    });
    const sameDay = haTinhCampaign2022({
      periods: [period(1, '2022-01-01', '2022-12-31', '2022-12-31')],
      commemorations: [],
      nominationDeadline: '2022-12-15',
    });

    expect(issuesOf(early)).toEqual([
      {
        path: 'periods.0.reviewDueOn',
        code: 'review_before_end',
        message: 'Hạn tổng kết đợt phải sau hoặc trùng ngày kết thúc đợt.',
      },
    ]);
    expect(issuesOf(sameDay)).toEqual([]);
  });

  it('rejects overlapping periods', () => {
    const input = haTinhCampaign2022({
      periods: [
        period(1, '2022-01-01', '2022-06-30', '2022-07-15'),
        period(2, '2022-06-30', '2022-12-31', '2022-12-31'),
      ],
    });

    expect(issuesOf(input)).toEqual([
      expect.objectContaining({ path: 'periods.1.startsOn', code: 'period_overlap' }),
    ]);
  });

  it('rejects periods not numbered 1, 2, … in order', () => {
    const input = haTinhCampaign2022({
      periods: [
        period(2, '2022-01-01', '2022-06-30', '2022-07-15'),
        period(1, '2022-07-01', '2022-12-31', '2022-12-31'),
      ],
    });

    expect(issuesOf(input).map((i) => [i.path, i.code])).toEqual([
      ['periods.0.periodNo', 'period_numbering'],
      ['periods.1.periodNo', 'period_numbering'],
    ]);
  });

  it.each([
    ['before the first period starts', '2021-12-31'],
    ['after the last review is due', '2023-01-01'],
  ])('rejects a nomination deadline %s', (_when, nominationDeadline) => {
    expect(issuesOf(haTinhCampaign2022({ nominationDeadline }))).toEqual([
      expect.objectContaining({ path: 'nominationDeadline', code: 'deadline_outside_campaign' }),
    ]);
  });

  it.each(['2022-01-01', '2022-12-31'])(
    'accepts a nomination deadline on the boundary %s',
    (nominationDeadline) => {
      expect(issuesOf(haTinhCampaign2022({ nominationDeadline }))).toEqual([]);
    },
  );

  it('rejects an impossible period date', () => {
    const input = haTinhCampaign2022({
      periods: [
        period(1, '2022-01-01', '2022-02-30', '2022-07-15'),
        period(2, '2022-07-01', '2022-12-31', '2022-12-31'),
      ],
    });

    expect(issuesOf(input)).toEqual([
      { path: 'periods.0.endsOn', code: 'invalid_date', message: 'Ngày không tồn tại.' },
    ]);
  });

  it('rejects unknown keys in the campaign and in a period, naming each', () => {
    const input = {
      ...haTinhCampaign2022(),
      version: 2,
      periods: [
        { ...period(1, '2022-01-01', '2022-06-30', '2022-07-15'), state: 'open' },
        period(2, '2022-07-01', '2022-12-31', '2022-12-31'),
      ],
    };

    expect(issuesOf(input).map((i) => i.path)).toEqual(['periods.0.state', 'version']);
  });

  it('rejects a count target whose maximum is below its minimum, and a percentage over 100', () => {
    const input = haTinhCampaign2022({
      targets: [
        { metric: 'Bằng khen', subject: 'collective', measure: { kind: 'count', min: 3, max: 2 } },
        { metric: 'HTXSNV', subject: 'person', measure: { kind: 'percentage', percent: 101 } },
      ],
    });

    expect(issuesOf(input).map((i) => [i.path, i.code])).toEqual([
      ['targets.0.measure.max', 'max_below_min'],
      ['targets.1.measure.percent', 'too_large'],
    ]);
  });

  it('rejects a commemoration tied to a period that does not exist', () => {
    const input = haTinhCampaign2022({ commemorations: [{ title: 'Quốc khánh', periodNo: 3 }] });

    expect(issuesOf(input)).toEqual([
      expect.objectContaining({ path: 'commemorations.0.periodNo', code: 'unknown_period' }),
    ]);
  });

  it('rejects the same award listed twice', () => {
    expect(issuesOf(haTinhCampaign2022({ awardsInScope: ['LDTT', 'LDTT'] }))).toEqual([
      expect.objectContaining({ path: 'awardsInScope', code: 'duplicate' }),
    ]);
  });

  it('rejects lists over their limits and a campaign without content', () => {
    const input = haTinhCampaign2022({
      contentItems: [],
      periods: Array.from({ length: LIMITS.periods + 1 }, (_, i) =>
        period(i + 1, '2022-01-01', '2022-01-01', '2022-01-01'),
      ),
      targets: Array.from({ length: LIMITS.targets + 1 }, () => ({
        metric: 'x',
        subject: 'person' as const,
        measure: { kind: 'percentage' as const, percent: 1 },
      })),
    });

    expect(issuesOf(input).map((i) => [i.path, i.code])).toEqual([
      ['contentItems', 'too_few'],
      ['periods', 'too_many'],
      ['targets', 'too_many'],
    ]);
  });

  it('rejects an over-long theme', () => {
    expect(issuesOf(haTinhCampaign2022({ theme: 'x'.repeat(LIMITS.paragraph + 1) }))).toEqual([
      { path: 'theme', code: 'too_long', message: `Tối đa ${LIMITS.paragraph} ký tự.` },
    ]);
  });

  it('rejects a document number with spaces', () => {
    expect(issuesOf(haTinhCampaign2022({ documentNumber: '52 KH UBND' }))[0]).toMatchObject({
      path: 'documentNumber',
      code: 'invalid_format',
    });
  });
});
