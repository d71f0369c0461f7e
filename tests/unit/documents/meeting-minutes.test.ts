import { describe, expect, it } from 'vitest';
import { buildMeetingMinutes, issuerOf, type MinutesMeeting } from '../../../shared/domain/documents';

const so = issuerOf({ name: 'Sở Nội vụ tỉnh Hà Tĩnh', level: 'department' }, 'Hà Tĩnh');
const ninety = { num: 9, den: 10 };
const half = { num: 1, den: 2 };

const meeting: MinutesMeeting = {
  id: 'mtg-01JABCDEF123456',
  level: 'department',
  heldOn: '2026-11-17',
  name: 'Phiên họp số 3/2026',
  members: [
    { name: 'Phan Thị Tô Hoa', seat: 'chair', present: true },
    { name: 'Dương Văn Khánh', seat: 'vice_chair', present: true },
    { name: 'Ngô Thị Hạnh', seat: 'member', present: true },
    { name: 'Phan Văn Dũng', seat: 'member', present: false },
  ],
  agenda: [
    {
      nomineeName: 'Nguyễn Thị Hồng Nhung',
      awardCode: 'CSTDCS',
      ballot: 'secret',
      policy: { quorum: half, threshold: ninety, denominator: 'all_members' },
      recused: [],
      conflicts: [{ name: 'Dương Văn Khánh', reason: 'Là người thân của người được đề nghị.' }],
      tally: {
        outcome: 'failed',
        outcomeLabel: 'Không thông qua',
        memberCount: 4,
        presentCount: 3,
        quorumReached: true,
        denominator: 4,
        approvals: 2,
        rejections: 0,
        abstentions: 0,
        threshold: ninety,
      },
    },
    {
      nomineeName: 'Phạm Quốc Huy',
      awardCode: 'LDTT',
      ballot: 'open',
      policy: { quorum: half, threshold: half, denominator: 'all_members' },
      recused: [{ name: 'Ngô Thị Hạnh' }],
      conflicts: [],
      tally: {
        outcome: 'passed',
        outcomeLabel: 'Thông qua',
        memberCount: 4,
        presentCount: 3,
        quorumReached: true,
        denominator: 4,
        approvals: 2,
        rejections: 0,
        abstentions: 0,
        threshold: half,
      },
    },
  ],
};

describe('the biên bản họp of a Sở council meeting', () => {
  const doc = buildMeetingMinutes(meeting, so, 'minutes', 'Trần Thị Cúc');

  it('carries the NĐ 30 header: the Sở over its council, Quốc hiệu and Tiêu ngữ, place and date', () => {
    expect(doc.issuer).toEqual({ parentBody: 'SỞ NỘI VỤ', body: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG' });
    expect(doc.nationalTitle).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(doc.motto).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(doc.placeDate).toBe('Hà Tĩnh, ngày 17 tháng 11 năm 2026');
    expect(doc.typeName).toBe('BIÊN BẢN');
    expect(doc.subject).toBe('Họp Hội đồng Thi đua - Khen thưởng Sở Nội vụ xét khen thưởng');
  });

  it('names who sat and who did not, who chaired and who kept the record', () => {
    expect(doc.paragraphs).toContain('Thời gian: ngày 17/11/2026 (Phiên họp số 3/2026).');
    expect(doc.paragraphs.join('\n')).toContain(
      'có 4 thành viên; có mặt 3: Phan Thị Tô Hoa - Chủ tịch Hội đồng; Dương Văn Khánh - Phó Chủ tịch Hội đồng; Ngô Thị Hạnh - Ủy viên.',
    );
    expect(doc.paragraphs).toContain('Vắng mặt 1: Phan Văn Dũng - Ủy viên.');
    expect(doc.paragraphs).toContain(
      'Chủ trì: Phan Thị Tô Hoa - Chủ tịch Hội đồng. Thư ký: Trần Thị Cúc - Thư ký Hội đồng.',
    );
    expect(doc.signatures).toEqual([
      { title: 'THƯ KÝ', name: 'Trần Thị Cúc' },
      { title: 'CHỦ TỊCH HỘI ĐỒNG', name: 'Phan Thị Tô Hoa' },
    ]);
  });

  it('records each item: the ballot, the counts, the share against the threshold, the result, who stood aside and why', () => {
    const text = doc.paragraphs.join('\n');

    expect(text).toContain(
      '1. Nguyễn Thị Hồng Nhung - Chiến sĩ thi đua cơ sở (bỏ phiếu kín): 2 đồng ý, 0 không đồng ý, 0 không có ý kiến; tỷ lệ đồng ý 50 % trên 4 thành viên (yêu cầu từ 90 %). Kết quả: Không thông qua. Không tham gia biểu quyết: Dương Văn Khánh (tự khai xung đột lợi ích: Là người thân của người được đề nghị.).',
    );
    expect(text).toContain('2. Phạm Quốc Huy - Lao động tiên tiến (biểu quyết công khai)');
    expect(text).toContain(
      'Kết quả: Thông qua. Không tham gia biểu quyết: Ngô Thị Hạnh (không tham gia biểu quyết theo quy định).',
    );
  });
});

describe('the biên bản kiểm phiếu', () => {
  it('tabulates every ballot, and the province council’s header is the UBND tỉnh over its council', () => {
    const doc = buildMeetingMinutes(
      { ...meeting, level: 'province' },
      issuerOf({ name: 'Ủy ban nhân dân tỉnh Hà Tĩnh', level: 'province' }, 'Hà Tĩnh'),
      'tally',
    );

    expect(doc.issuer.parentBody).toBe('UBND TỈNH HÀ TĨNH');
    expect(doc.subject).toBe('Kiểm phiếu xét khen thưởng của Hội đồng Thi đua - Khen thưởng tỉnh');
    expect(doc.table.columns).toHaveLength(10);
    expect(doc.table.rows).toEqual([
      [
        '1',
        'Nguyễn Thị Hồng Nhung',
        'Chiến sĩ thi đua cơ sở',
        'Bỏ phiếu kín',
        '3',
        '2',
        '0',
        '0',
        '50 %',
        'Không thông qua',
      ],
      ['2', 'Phạm Quốc Huy', 'Lao động tiên tiến', 'Công khai', '3', '2', '0', '0', '50 %', 'Thông qua'],
    ]);
    expect(doc.signatures[0]?.title).toBe('NGƯỜI KIỂM PHIẾU');
    expect(doc.fileName).toBe('bien-ban-kiem-phieu-2026-11-17-123456.docx');
  });
});
