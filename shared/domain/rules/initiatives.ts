/**
 * The initiative registry rule: a sáng kiến or research result is used once as the standard of a
 * reward (Công văn 5007/BNV-TĐKT, 05/9/2023). A title's initiative cannot be reused for a reward
 * form, nor the reverse.
 */
import { ConflictError } from '../errors';
import type { AwardCode } from '../vocabulary';
import { type RuleResult, ruleResult } from './results';
import type { RuleSet } from './types';

/** One use of an initiative by a nomination. */
export interface InitiativeUse {
  readonly initiativeId: string;
  readonly nominationId: string;
  readonly award: AwardCode;
  readonly year: number;
  /** A use released when its nomination was withdrawn, rejected or revoked; it no longer blocks. */
  readonly released?: boolean;
}

export interface InitiativeConflict {
  readonly initiativeId: string;
  readonly usedBy: InitiativeUse;
}

/** The uses by other nominations that block `initiativeIds` for `nominationId`. */
export function findInitiativeConflicts(
  nominationId: string,
  initiativeIds: readonly string[],
  registry: readonly InitiativeUse[],
): InitiativeConflict[] {
  const conflicts: InitiativeConflict[] = [];
  for (const initiativeId of new Set(initiativeIds)) {
    const usedBy = registry.find(
      (use) => use.initiativeId === initiativeId && use.nominationId !== nominationId && !use.released,
    );
    if (usedBy) conflicts.push({ initiativeId, usedBy });
  }
  return conflicts;
}

/**
 * The `COMMON.initiative_once` result for the initiatives a nomination relies on. Without a
 * registry the check cannot be made, so the result asks for it instead of passing silently.
 */
export function checkInitiativeReuse(
  ruleSet: RuleSet,
  nominationId: string | undefined,
  initiativeIds: readonly string[],
  registry: readonly InitiativeUse[] | undefined,
): RuleResult {
  if (initiativeIds.length === 0) {
    return ruleResult(
      ruleSet,
      'COMMON.initiative_once',
      'passed',
      'Đề nghị không sử dụng sáng kiến, đề tài làm tiêu chuẩn.',
    );
  }
  if (!registry || nominationId === undefined) {
    return ruleResult(
      ruleSet,
      'COMMON.initiative_once',
      'needs_evidence',
      `Chưa đối chiếu sổ theo dõi sáng kiến cho: ${initiativeIds.join(', ')}.`,
      { initiativeIds },
    );
  }
  const conflicts = findInitiativeConflicts(nominationId, initiativeIds, registry);
  if (conflicts.length === 0) {
    return ruleResult(
      ruleSet,
      'COMMON.initiative_once',
      'passed',
      `Sáng kiến, đề tài ${initiativeIds.join(', ')} chưa được sử dụng cho đề nghị khen thưởng khác.`,
      { initiativeIds },
    );
  }
  return ruleResult(
    ruleSet,
    'COMMON.initiative_once',
    'failed',
    conflicts
      .map(
        (c) =>
          `Sáng kiến ${c.initiativeId} đã được sử dụng cho đề nghị ${c.usedBy.nominationId} (${ruleSet.awards[c.usedBy.award].name} năm ${c.usedBy.year}).`,
      )
      .join(' '),
    { initiativeIds, conflicts },
  );
}

/**
 * Records the uses of a nomination in the registry, returning the new registry.
 * @throws ConflictError `INITIATIVE_ALREADY_USED` naming the other nomination.
 */
export function recordInitiativeUses(
  registry: readonly InitiativeUse[],
  uses: readonly InitiativeUse[],
): InitiativeUse[] {
  for (const use of uses) {
    const [conflict] = findInitiativeConflicts(use.nominationId, [use.initiativeId], registry);
    if (conflict) {
      throw new ConflictError(
        'INITIATIVE_ALREADY_USED',
        `Sáng kiến ${conflict.initiativeId} đã được sử dụng cho đề nghị ${conflict.usedBy.nominationId}.`,
        { initiativeId: conflict.initiativeId, usedBy: conflict.usedBy.nominationId },
      );
    }
  }
  const fresh = uses.filter(
    (use) =>
      !registry.some(
        (r) => r.initiativeId === use.initiativeId && r.nominationId === use.nominationId && !r.released,
      ),
  );
  return [...registry, ...fresh];
}
