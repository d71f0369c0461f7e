import type { AwardDefinition } from './types';

/**
 * The rule set sends an award through the provincial council when it is voted by secret ballot
 * above the Sở (CSTĐ cấp tỉnh, Cờ thi đua, national awards): the catalog has no separate flag,
 * and the secret ballot is exactly what DOMAIN.md asks of the provincial council for them.
 */
export function provinceCouncilRequired(award: AwardDefinition): boolean {
  return award.authority !== 'department' && award.voting.ballot === 'secret';
}
