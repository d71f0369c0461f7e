import { describe, expect, it } from 'vitest';
import { type CampaignTarget, CampaignTargetSchema } from '../../../shared/domain/forms/campaign-target';
import {
  measureCampaignProgress,
  type ProgressNomination,
  progressStage,
  type UnitFacts,
} from '../../../shared/domain/rules/campaign-progress';

const CSTDCS: CampaignTarget = {
  metric: '15% đạt danh hiệu Chiến sĩ thi đua cơ sở',
  subject: 'person',
  measure: { kind: 'percentage', percent: 15 },
  awardCode: 'CSTDCS',
};
const TTLDXS: CampaignTarget = {
  metric: '20% tập thể đạt danh hiệu Tập thể lao động xuất sắc',
  subject: 'collective',
  measure: { kind: 'percentage', percent: 20 },
  awardCode: 'TTLDXS',
};
const HTXSNV: CampaignTarget = {
  metric: '70% hoàn thành xuất sắc nhiệm vụ',
  subject: 'person',
  measure: { kind: 'percentage', percent: 70 },
  minTaskRating: 'HTXSNV',
};

const unit = (unitId: string, persons: number, overrides: Partial<UnitFacts> = {}): UnitFacts => ({
  unitId,
  unitName: `Đơn vị ${unitId}`,
  persons,
  collectives: 1,
  ...overrides,
});

let seq = 0;
const nomination = (overrides: Partial<ProgressNomination> = {}): ProgressNomination => ({
  unitId: 'u1',
  awardCode: 'CSTDCS',
  subject: 'person',
  state: 'decided',
  nomineeKey: `person-${++seq}`,
  ...overrides,
});
const many = (n: number, overrides: Partial<ProgressNomination> = {}) =>
  Array.from({ length: n }, () => nomination(overrides));

describe('the stage a nomination has reached', () => {
  it('counts a submitted or returned nomination as proposed, a passed one as approved, a decided one as awarded', () => {
    expect(progressStage('submitted')).toBe('proposed');
    expect(progressStage('returned')).toBe('proposed');
    expect(progressStage('council_passed')).toBe('approved');
    expect(progressStage('forwarded')).toBe('approved');
    expect(progressStage('decided')).toBe('awarded');
    expect(progressStage('decided_by_province')).toBe('awarded');
  });

  it('does not count drafts, withdrawn, failed, rejected or revoked nominations', () => {
    for (const state of ['draft', 'withdrawn', 'council_failed', 'province_rejected', 'revoked']) {
      expect(progressStage(state)).toBeUndefined();
    }
  });
});

describe('campaign progress against the seed targets', () => {
  it('meets "15 % CSTĐCS" with 3 of 20 people awarded, and needs 3', () => {
    const progress = measureCampaignProgress({
      targets: [CSTDCS],
      units: [unit('u1', 20)],
      nominations: many(3),
    });

    const row = progress.targets[0]?.units[0];
    expect(row).toMatchObject({ population: 20, required: 3, met: true, shortfall: 0 });
    expect(row?.achieved).toEqual({ proposed: 3, approved: 3, awarded: 3 });
    expect(progress.targets[0]?.population).toBe('persons');
  });

  it('needs 2 of 6 collectives for "20 % TTLĐXS" and counts the organisation as the sum of its units', () => {
    const units = Array.from({ length: 6 }, (_, i) => unit(`u${i + 1}`, 10));
    const progress = measureCampaignProgress({
      targets: [TTLDXS],
      units,
      nominations: [
        nomination({ unitId: 'u1', subject: 'collective', awardCode: 'TTLDXS', nomineeKey: 'u1' }),
        nomination({
          unitId: 'u2',
          subject: 'collective',
          awardCode: 'TTLDXS',
          nomineeKey: 'u2',
          state: 'accepted',
        }),
      ],
    });

    const target = progress.targets[0];
    expect(target?.population).toBe('collectives');
    expect(target?.organisation).toMatchObject({
      population: 6,
      required: 2,
      achieved: { proposed: 2, approved: 1, awarded: 1 },
      met: false,
      shortfall: 1,
      proposedMet: true,
    });
    expect(target?.organisation.message).toContain('chưa đạt, còn thiếu 1');
    expect(target?.units.map((row) => row.achieved.proposed)).toEqual([1, 1, 0, 0, 0, 0]);
  });

  it('counts "70 % HTXSNV" from the ratings declared on nominations and says the rest is unknown', () => {
    const progress = measureCampaignProgress({
      targets: [HTXSNV],
      units: [unit('u1', 10)],
      nominations: [
        ...many(5, { taskRating: 'HTXSNV', awardCode: 'LDTT' }),
        nomination({ taskRating: 'HTTNV', awardCode: 'LDTT' }),
        nomination({ awardCode: 'LDTT' }),
      ],
    });

    const target = progress.targets[0];
    expect(target?.units[0]).toMatchObject({
      required: 7,
      achieved: { awarded: 5 },
      met: false,
      shortfall: 2,
    });
    expect(target?.basis).toContain('chưa có xếp loại');
  });

  it('counts a person nominated for two awards once toward a rating target, at the furthest stage', () => {
    const progress = measureCampaignProgress({
      targets: [HTXSNV],
      units: [unit('u1', 10)],
      nominations: [
        nomination({ nomineeKey: 'p1', taskRating: 'HTXSNV', awardCode: 'LDTT', state: 'submitted' }),
        nomination({ nomineeKey: 'p1', taskRating: 'HTXSNV', awardCode: 'CSTDCS', state: 'decided' }),
      ],
    });

    expect(progress.targets[0]?.units[0]?.achieved).toEqual({ proposed: 1, approved: 1, awarded: 1 });
  });
});

describe('campaign progress edge cases', () => {
  it('reports an empty unit as not computable rather than met or missed by a guess', () => {
    const progress = measureCampaignProgress({ targets: [CSTDCS], units: [unit('u1', 0)], nominations: [] });

    const row = progress.targets[0]?.units[0];
    expect(row).toMatchObject({ population: 0, required: 0, met: false });
    expect(row?.message).toContain('Chưa tính được');
  });

  it('keeps a target already met as met when more nominations are awarded', () => {
    const progress = measureCampaignProgress({
      targets: [CSTDCS],
      units: [unit('u1', 20)],
      nominations: many(5),
    });

    expect(progress.targets[0]?.units[0]).toMatchObject({ required: 3, met: true, shortfall: 0 });
  });

  it('does not count withdrawn, failed, revoked or draft nominations, nor another award or subject', () => {
    const progress = measureCampaignProgress({
      targets: [CSTDCS],
      units: [unit('u1', 20)],
      nominations: [
        nomination({ state: 'withdrawn' }),
        nomination({ state: 'council_failed' }),
        nomination({ state: 'revoked' }),
        nomination({ state: 'draft' }),
        nomination({ awardCode: 'LDTT' }),
        nomination({ subject: 'collective' }),
        nomination({ state: 'in_council' }),
      ],
    });

    expect(progress.targets[0]?.units[0]?.achieved).toEqual({ proposed: 1, approved: 0, awarded: 0 });
  });

  it('measures a count target with an upper bound, and flags proposals over it', () => {
    const target: CampaignTarget = {
      metric: '2 – 3 tập thể được đề nghị Bằng khen',
      subject: 'collective',
      measure: { kind: 'count', min: 2, max: 3 },
      awardCode: 'BK_TINH',
    };
    const progress = measureCampaignProgress({
      targets: [target],
      units: [unit('u1', 5)],
      nominations: [
        ...many(2, { subject: 'collective', awardCode: 'BK_TINH' }),
        ...many(2, { subject: 'collective', awardCode: 'BK_TINH', state: 'accepted' }),
      ],
    });

    expect(progress.targets[0]?.units[0]).toMatchObject({
      required: 2,
      maximum: 3,
      met: true,
      excess: 1,
      proposedMet: false,
    });
  });

  it('counts nominations of units it does not list toward the organisation only, and says so', () => {
    const progress = measureCampaignProgress({
      targets: [CSTDCS],
      units: [unit('u1', 20)],
      nominations: [nomination({ unitId: 'elsewhere' })],
    });

    expect(progress.targets[0]?.organisation.achieved.awarded).toBe(1);
    expect(progress.targets[0]?.units[0]?.achieved.awarded).toBe(0);
    expect(progress.notes.join(' ')).toContain('ngoài danh sách');
  });
});

describe('targets as the launch documents write them', () => {
  const units = [unit('u1', 10), unit('u2', 10)];
  const measure = (target: CampaignTarget, nominations: ProgressNomination[]) =>
    measureCampaignProgress({ targets: [target], units, nominations }).targets[0];

  // Cao Bằng 2022 (seed 002): "100 % phòng chuyên môn đạt Tập thể lao động tiên tiến trở lên".
  it('counts the higher titles of a "… trở lên" target (a TTLĐXS is a TTLĐTT "trở lên")', () => {
    const target: CampaignTarget = {
      metric: '100 % phòng đạt Tập thể lao động tiên tiến trở lên',
      subject: 'collective',
      measure: { kind: 'percentage', percent: 100 },
      awardCode: 'TTLDTT',
      orHigher: true,
    };
    const nominations = [
      nomination({ unitId: 'u1', subject: 'collective', awardCode: 'TTLDXS', nomineeKey: 'c1' }),
      nomination({ unitId: 'u2', subject: 'collective', awardCode: 'TTLDTT', nomineeKey: 'c2' }),
    ];
    expect(measure(target, nominations)?.organisation).toMatchObject({ met: true });
    expect(measure({ ...target, orHigher: false }, nominations)?.organisation).toMatchObject({ met: false });
  });

  // Hà Tĩnh 2022 (seed 004): "15% cá nhân được Bộ Nội vụ, UBND tỉnh tặng Bằng khen".
  it('counts one target over several awards: a Bằng khen of the Bộ or of the province', () => {
    const target: CampaignTarget = {
      metric: '15% cá nhân được Bộ Nội vụ, UBND tỉnh tặng Bằng khen',
      subject: 'person',
      measure: { kind: 'percentage', percent: 15 },
      awardCodes: ['BK_BO', 'BK_TINH'],
    };
    const nominations = [
      ...many(2, { unitId: 'u1', awardCode: 'BK_TINH' }),
      nomination({ unitId: 'u1', awardCode: 'BK_BO' }),
      nomination({ unitId: 'u2', awardCode: 'BK_BO' }),
      nomination({ unitId: 'u2', awardCode: 'GIAY_KHEN' }),
    ];
    const row = measure(target, nominations);
    expect(row?.organisation.achieved.awarded).toBe(4);
    expect(row?.units.find((u) => u.unitId === 'u1')?.met).toBe(true);
    expect(row?.basis).toContain(
      '"Bằng khen của Bộ, ban, ngành Trung ương" hoặc "Bằng khen của Chủ tịch UBND tỉnh"',
    );
  });

  it('counts an either/or target ("Cờ thi đua hoặc Bằng khen") once per collective', () => {
    const target: CampaignTarget = {
      metric: 'Ít nhất 01 tập thể được tặng Cờ thi đua hoặc Bằng khen',
      subject: 'collective',
      measure: { kind: 'count', min: 1 },
      awardCodes: ['CO_TINH', 'BK_TINH'],
    };
    const nominations = [
      nomination({ unitId: 'u1', subject: 'collective', awardCode: 'CO_TINH', nomineeKey: 'c1' }),
      nomination({ unitId: 'u1', subject: 'collective', awardCode: 'BK_TINH', nomineeKey: 'c1' }),
    ];
    expect(measure(target, nominations)?.units.find((u) => u.unitId === 'u1')?.achieved.awarded).toBe(1);
  });

  // Lạng Sơn 2023 (seed 001): participation and "không có vi phạm" targets no nomination can tell.
  it('takes a target no nomination measures from the units’ reports, with the evidence; a unit without one has not met it', () => {
    const target: CampaignTarget = {
      metric: '100 % cán bộ tham gia hưởng ứng phong trào',
      subject: 'person',
      measure: { kind: 'percentage', percent: 100 },
      measuredBy: 'unit_report',
    };
    const report = {
      targetIndex: 0,
      unitId: 'u1',
      achieved: 10,
      evidence: { title: 'Báo cáo kết quả hưởng ứng', fileRef: 'units/u1/bao-cao.pdf' },
      recordedAt: '2026-11-30T02:00:00.000Z',
    };
    const row = measureCampaignProgress({ targets: [target], units, nominations: many(3), reports: [report] })
      .targets[0];
    const u1 = row?.units.find((u) => u.unitId === 'u1');
    const u2 = row?.units.find((u) => u.unitId === 'u2');
    expect(u1).toMatchObject({ met: true, achieved: { awarded: 10 }, report });
    expect(u1?.message).toContain('minh chứng: Báo cáo kết quả hưởng ứng');
    expect(u2).toMatchObject({ met: false, message: 'Đơn vị chưa báo cáo kết quả chỉ tiêu này.' });
    expect(row?.organisation).toMatchObject({ met: false, achieved: { awarded: 10 } });
  });

  it('refuses a reported target tied to an award, and "trở lên" without an award, naming the field', () => {
    const parse = (t: unknown) => CampaignTargetSchema.safeParse(t);
    const reported = parse({
      metric: 'x',
      subject: 'person',
      measure: { kind: 'count', min: 1 },
      measuredBy: 'unit_report',
      awardCode: 'LDTT',
    });
    const higher = parse({
      metric: 'x',
      subject: 'person',
      measure: { kind: 'count', min: 1 },
      orHigher: true,
    });
    expect(reported.success).toBe(false);
    expect(reported.error?.issues[0]?.path).toEqual(['measuredBy']);
    expect(higher.error?.issues[0]?.path).toEqual(['orHigher']);
  });
});
