/**
 * Who takes the last places under a cap when candidates meet the same standard. Điều 4 of the
 * decrees: women first, then collectives whose members are at least 70 % women; the launch
 * documents add staff without a leadership or management post (a province parameter). Among equals
 * the earlier stays first (the order given: the list's rows, or the order of sending).
 */
import { shareReaches } from './rounding';
import type { RuleSet } from './types';

export interface TieCandidate {
  readonly id: string;
  readonly subject: 'person' | 'collective';
  /** Persons: `undefined` when the gender was not recorded (no preference then). */
  readonly isWoman?: boolean | undefined;
  readonly holdsLeadershipPost?: boolean | undefined;
  /** Collectives: members and women among them. */
  readonly members?: number | undefined;
  readonly women?: number | undefined;
}

export interface RankedCandidate {
  readonly id: string;
  /** 1 for the first. */
  readonly rank: number;
  /** Why it stands where it does, in Vietnamese ("Nữ", "Không giữ chức vụ lãnh đạo, quản lý"). */
  readonly reasons: readonly string[];
}

/** Ranks candidates for the places of a cap, best first, each with the reasons of its priority. */
export function rankForCap(ruleSet: RuleSet, candidates: readonly TieCandidate[]): RankedCandidate[] {
  const { womenShare, favourNonLeaders } = ruleSet.params['COMMON.tie_break'];
  const scored = candidates.map((c, order) => {
    const reasons: string[] = [];
    let women = 0;
    if (c.subject === 'person' && c.isWoman) {
      women = 1;
      reasons.push('Nữ');
    }
    if (c.subject === 'collective' && c.members && shareReaches(c.women ?? 0, c.members, womenShare, false)) {
      women = 1;
      reasons.push(`Tập thể có ${c.women}/${c.members} thành viên nữ (từ ${womenShare} % trở lên)`);
    }
    const nonLeader = favourNonLeaders && c.subject === 'person' && c.holdsLeadershipPost === false ? 1 : 0;
    if (nonLeader) reasons.push('Không giữ chức vụ lãnh đạo, quản lý');
    return { c, order, key: [-women, -nonLeader, order] as const, reasons };
  });
  scored.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2]);
  return scored.map((s, index) => ({
    id: s.c.id,
    rank: index + 1,
    reasons: s.reasons.length > 0 ? s.reasons : ['Không thuộc diện ưu tiên: theo thứ tự đề nghị'],
  }));
}
