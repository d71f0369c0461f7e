import type { RuleSet } from '../types';
import { ND98_RULE_SET } from './nd-98-2023';
import { ND152_RULE_SET } from './nd-152-2025';

/** The national rule-set versions, oldest first; their date ranges do not overlap. */
export const NATIONAL_RULE_SETS: readonly RuleSet[] = [ND98_RULE_SET, ND152_RULE_SET];

export { ND98_RULE_SET, ND152_RULE_SET };
