/**
 * Progress against a campaign target (chỉ tiêu), e.g. Hà Tĩnh 2022: "15 % đạt chiến sỹ thi đua
 * cơ sở", "20 % tập thể đạt tập thể lao động xuất sắc"; Lào Cai Q.III/2022: "70 % hoàn thành
 * xuất sắc nhiệm vụ". A target is "at least", so the count needed is the ceiling of the share:
 * the exact comparison achieved / population ≥ percent (see rounding.ts).
 */
import { formatShare, percentOf, shareReaches } from './rounding';

export interface CampaignTarget {
  /** Vietnamese label, e.g. "Chiến sĩ thi đua cơ sở". */
  readonly label: string;
  readonly percent: number;
}

export interface TargetProgress {
  readonly label: string;
  readonly percent: number;
  readonly population: number;
  readonly achieved: number;
  /** Smallest whole count that meets the target. */
  readonly required: number;
  readonly met: boolean;
  /** How many more are needed (0 when met). */
  readonly shortfall: number;
  /** Vietnamese, e.g. "Đạt 3/20 (15 %), chỉ tiêu 15 % (3): đạt". */
  readonly message: string;
}

/** Measures `achieved` out of `population` against a percentage target. */
export function measureTargetProgress(
  target: CampaignTarget,
  population: number,
  achieved: number,
): TargetProgress {
  const required = percentOf(population, target.percent, 'ceil');
  const met =
    population > 0 ? shareReaches(achieved, population, target.percent, false) : target.percent === 0;
  const shortfall = Math.max(0, required - achieved);
  const outcome = met ? 'đạt' : `chưa đạt, còn thiếu ${shortfall}`;
  return {
    label: target.label,
    percent: target.percent,
    population,
    achieved,
    required,
    met,
    shortfall,
    message: `${target.label}: ${achieved}/${population} (${formatShare(achieved, population)}), chỉ tiêu ${target.percent} % (${required}): ${outcome}.`,
  };
}
