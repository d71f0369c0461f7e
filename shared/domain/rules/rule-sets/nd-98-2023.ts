/**
 * Luật TĐKT 2022 with Nghị định 98/2023/NĐ-CP and Thông tư 01/2024/TT-BNV: decisions dated
 * 01/01/2024 – 30/06/2025.
 */
import { buildNationalRuleSet } from './national-base';

export const ND98_RULE_SET = buildNationalRuleSet({
  id: 'VN-2024-ND98',
  title: 'Luật Thi đua, khen thưởng 2022 và Nghị định 98/2023/NĐ-CP',
  effectiveFrom: '2024-01-01',
  effectiveUntil: '2025-06-30',
  legalBasis: [
    'Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022',
    'Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ',
    'Thông tư số 01/2024/TT-BNV ngày 24/02/2024 của Bộ Nội vụ',
  ],
  principlesArticle: 'Điều 4 Nghị định 98/2023/NĐ-CP',
  principlesConfirmed: true,
  specialLeave: {
    citation:
      'Điều 4 Nghị định 98/2023/NĐ-CP (thời gian nghỉ thai sản); khoản 5 Điều 1 Thông tư 01/2024/TT-BNV (thời gian điều trị, điều dưỡng do bị thương khi làm nhiệm vụ)',
    confirmed: true,
    summary:
      'Thời gian nghỉ thai sản, thời gian điều trị, điều dưỡng do bị thương khi làm nhiệm vụ được tính để bình xét; cần quyết định, xác nhận kèm hồ sơ.',
  },
  recruitment: {
    // TT 01/2024 took effect 15/04/2024; decisions between 01/01 and 14/04/2024 predate it (see docs/rules.md).
    citation: 'khoản 5 Điều 1 Thông tư 01/2024/TT-BNV',
    confirmed: true,
    summary: 'Không xét tặng "Lao động tiên tiến" cho cá nhân mới tuyển dụng dưới 06 tháng.',
  },
  // NĐ 91/2017 (khoản 3 Điều 9: "không quá 15 %") is repealed; no cap rests on it. A province
  // that keeps one configures it with its quy chế's citation (config/rules/<province>.json).
  cstdcsQuota: {
    citation:
      'Luật TĐKT 2022 và Nghị định 98/2023/NĐ-CP không quy định tỷ lệ tối đa; tỷ lệ (nếu có) theo quy chế thi đua, khen thưởng của tỉnh',
    confirmed: false,
    summary:
      'Số "Chiến sĩ thi đua cơ sở" không vượt tỷ lệ do quy chế của tỉnh quy định; chưa cấu hình thì không giới hạn.',
  },
});
