import type { Construct } from 'constructs';
import type { ProvinceConfig } from './province-config';
import { StatefulStack } from './stateful-stack';
import { StatelessStack, type StatelessStackProps } from './stateless-stack';

export interface ProvinceStacks {
  readonly stateful: StatefulStack;
  readonly stateless: StatelessStack;
}

/** Stack names of a province: `tdkt-<code>-stateful` and `tdkt-<code>-stateless`. */
export const stackNames = (code: string) => ({
  stateful: `tdkt-${code}-stateful`,
  stateless: `tdkt-${code}-stateless`,
});

/**
 * One province = two stacks in its own account and region (from the config, else the CLI's
 * defaults). `overrides` exist for tests only.
 */
export type ProvinceOverrides = Omit<StatelessStackProps, 'config' | 'stateful'>;

export function buildProvince(
  scope: Construct,
  config: ProvinceConfig,
  overrides: ProvinceOverrides = {},
): ProvinceStacks {
  const env = {
    account: config.aws.account ?? process.env.CDK_DEFAULT_ACCOUNT,
    region: config.aws.region ?? process.env.CDK_DEFAULT_REGION,
  };
  const names = stackNames(config.code);
  const tags = { project: 'tdkt', province: config.code };
  const stateful = new StatefulStack(scope, names.stateful, {
    config,
    env,
    tags,
    description: `tdkt ${config.name}: data, users, mail identity, web bucket (retained)`,
  });
  const stateless = new StatelessStack(scope, names.stateless, {
    ...overrides,
    config,
    stateful,
    env,
    tags,
    description: `tdkt ${config.name}: functions, API, schedules, alarms`,
  });
  stateless.addStackDependency(stateful);
  return { stateful, stateless };
}
