/**
 * Tiền thưởng: each award's coefficient times the mức lương cơ sở in force on the decision date,
 * rounded up to the ten thousand đồng. Versioned data with citations: the coefficients by decree
 * (NĐ 98/2023 from 01/01/2024, NĐ 152/2025 from 01/07/2025), the base salary by the decree that set
 * it. A value not confirmed from its source is marked and can be corrected here with its citation.
 */

import { formatViInteger } from '../format/vi-number';
import type { AwardCode, Subject } from '../vocabulary';
import { formatViDate } from './dates';
import type { IsoDate } from './types';

/** The mức lương cơ sở, by the decree that set it. */
export interface BaseSalaryPeriod {
  readonly from: IsoDate;
  /** Inclusive; `null` while in force. */
  readonly until: IsoDate | null;
  /** Đồng per month. */
  readonly amount: number;
  readonly citation: string;
}

export const BASE_SALARY: readonly BaseSalaryPeriod[] = [
  { from: '2023-07-01', until: '2024-06-30', amount: 1_800_000, citation: 'Nghị định 24/2023/NĐ-CP' },
  { from: '2024-07-01', until: null, amount: 2_340_000, citation: 'Nghị định 73/2024/NĐ-CP' },
];

interface Coefficient {
  /** Times the base salary, for a person; a collective's when `collective` is absent doubles it. */
  readonly person?: number;
  readonly collective?: number;
  readonly confirmed: boolean;
}

/**
 * The coefficients of NĐ 152/2025 as reported (research/domain-sources.md: CSTĐ toàn quốc 4,5;
 * CSTĐ tỉnh 3,0; CSTĐCS 1,0; LĐTT 0,3; TTLĐXS 1,5; TTLĐTT 0,8; Cờ Chính phủ 12,0). The rest carry
 * the values of the decrees before it, unconfirmed: a reward form given to a collective is twice a
 * person's.
 */
export const COEFFICIENTS: Readonly<Record<AwardCode, Coefficient>> = {
  LDTT: { person: 0.3, confirmed: true },
  CSTDCS: { person: 1.0, confirmed: true },
  CSTD_TINH: { person: 3.0, confirmed: true },
  CSTD_TQ: { person: 4.5, confirmed: true },
  TTLDTT: { collective: 0.8, confirmed: true },
  TTLDXS: { collective: 1.5, confirmed: true },
  CO_CP: { collective: 12.0, confirmed: true },
  CO_TINH: { collective: 8.0, confirmed: false },
  GIAY_KHEN: { person: 0.3, collective: 0.6, confirmed: false },
  BK_TINH: { person: 1.0, collective: 2.0, confirmed: false },
  BK_BO: { person: 1.0, collective: 2.0, confirmed: false },
  BK_TTG: { person: 1.5, collective: 3.0, confirmed: false },
  HCLD_3: { person: 4.5, collective: 9.0, confirmed: false },
  HCLD_2: { person: 7.5, collective: 15.0, confirmed: false },
  HCLD_1: { person: 9.0, collective: 18.0, confirmed: false },
};

/** Rounded up to the ten thousand đồng, as the decrees have it. */
const ROUND_TO = 10_000;

export interface RewardAmount {
  readonly coefficient: number;
  readonly baseSalary: number;
  /** Đồng, rounded up to the ten thousand. */
  readonly amount: number;
  /** "0,3 × 2.340.000 đồng (Nghị định 73/2024/NĐ-CP)". */
  readonly basis: string;
  readonly confirmed: boolean;
}

/** The base salary in force on a date, or `undefined` before the first known period. */
export function baseSalaryOn(date: IsoDate): BaseSalaryPeriod | undefined {
  return BASE_SALARY.find((p) => p.from <= date && (p.until === null || date <= p.until));
}

/** The decree that sets the coefficients on a date. */
const coefficientDecree = (date: IsoDate) =>
  date >= '2025-07-01' ? 'Nghị định 152/2025/NĐ-CP' : 'Nghị định 98/2023/NĐ-CP';

/** What an award of a decision dated `date` pays its holder, or `undefined` when the system cannot say. */
export function rewardAmount(award: AwardCode, subject: Subject, date: IsoDate): RewardAmount | undefined {
  const salary = baseSalaryOn(date);
  const entry = COEFFICIENTS[award];
  const coefficient = subject === 'person' ? entry.person : entry.collective;
  if (!salary || coefficient === undefined) return undefined;
  // Integer arithmetic: the coefficients have one decimal, so ×10 keeps them whole.
  const raw = (Math.round(coefficient * 10) * salary.amount) / 10;
  const amount = Math.ceil(raw / ROUND_TO) * ROUND_TO;
  return {
    coefficient,
    baseSalary: salary.amount,
    amount,
    basis: `${formatDecimal(coefficient)} × ${formatMoney(salary.amount)} đồng (mức lương cơ sở theo ${salary.citation}, hệ số theo ${coefficientDecree(date)}${entry.confirmed ? '' : ', chưa xác nhận'})`,
    confirmed: entry.confirmed,
  };
}

/** "2.340.000": Vietnamese thousands separators. */
export const formatMoney = (amount: number) => formatViInteger(amount);
/** "0,3": the decimal comma. */
const formatDecimal = (n: number) => String(n).replace('.', ',');

/** The line under an annex without amounts: why the system gives none. */
export function noAmountReason(date: IsoDate): string {
  return baseSalaryOn(date)
    ? 'Hình thức này chưa có hệ số tiền thưởng trong hệ thống.'
    : `Chưa có mức lương cơ sở áp dụng cho ngày ${formatViDate(date)}.`;
}
