/**
 * Luật TĐKT 2022 with Nghị định 152/2025/NĐ-CP: decisions dated from 01/07/2025. The guiding
 * circular (reported as Thông tư 15/2025/TT-BNV) was not verified, so the rules that rested on
 * Thông tư 01/2024 are kept as unconfirmed defaults.
 */
import { buildNationalRuleSet } from './national-base';

export const ND152_RULE_SET = buildNationalRuleSet({
  id: 'VN-2025-ND152',
  title: 'Luật Thi đua, khen thưởng 2022 và Nghị định 152/2025/NĐ-CP',
  effectiveFrom: '2025-07-01',
  effectiveUntil: null,
  legalBasis: [
    'Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022',
    'Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ',
  ],
  principlesArticle: 'Điều 4 Nghị định 152/2025/NĐ-CP',
  // Only the opening sentences of NĐ 152 Điều 4 were read; the discipline clause is assumed carried over.
  principlesConfirmed: false,
  specialLeave: {
    citation:
      'Điều 4 Nghị định 152/2025/NĐ-CP (thời gian nghỉ thai sản); khoản 5 Điều 1 Thông tư 01/2024/TT-BNV (thời gian điều trị, điều dưỡng do bị thương khi làm nhiệm vụ) (chưa xác nhận còn áp dụng theo Nghị định 152/2025/NĐ-CP)',
    confirmed: false,
    summary:
      'Thời gian nghỉ thai sản, thời gian điều trị, điều dưỡng do bị thương khi làm nhiệm vụ được tính để bình xét; cần quyết định, xác nhận kèm hồ sơ.',
  },
  recruitment: {
    citation:
      'khoản 5 Điều 1 Thông tư 01/2024/TT-BNV (chưa xác nhận còn áp dụng theo Nghị định 152/2025/NĐ-CP)',
    confirmed: false,
    summary: 'Không xét tặng "Lao động tiên tiến" cho cá nhân mới tuyển dụng dưới 06 tháng.',
  },
  // NĐ 91/2017 (khoản 3 Điều 9: "không quá 15 %") is repealed; no cap rests on it. A province
  // that keeps one configures it with its quy chế's citation (config/rules/<province>.json).
  cstdcsQuota: {
    citation:
      'Luật TĐKT 2022 và Nghị định 152/2025/NĐ-CP không quy định tỷ lệ tối đa; tỷ lệ (nếu có) theo quy chế thi đua, khen thưởng của tỉnh',
    confirmed: false,
    summary:
      'Số "Chiến sĩ thi đua cơ sở" không vượt tỷ lệ do quy chế của tỉnh quy định; chưa cấu hình thì không giới hạn.',
  },
});
