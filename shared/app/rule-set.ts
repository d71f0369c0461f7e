import { type RuleSet, resolveRuleSet } from '../domain/rules';
import { vietnamDate } from '../domain/workflow/guards';
import type { AppPorts } from './ports';

/**
 * The rule set in force on the (Vietnam) day of `at`, with the province's overrides: the one way
 * a use case reaches the rules, so the day a rule is judged on is always Vietnam's.
 */
export function ruleSetAt(ports: Pick<AppPorts, 'ruleOverrides'>, at: string): RuleSet {
  return resolveRuleSet(vietnamDate(at), ports.ruleOverrides);
}

/** The rule set in force today, by the use case's clock. */
export function ruleSetToday(ports: Pick<AppPorts, 'ruleOverrides' | 'clock'>): RuleSet {
  return ruleSetAt(ports, ports.clock.now().toISOString());
}
