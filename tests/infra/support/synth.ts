import type { PolicyViolation } from 'aws-cdk-lib';
import { App, type Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { nagPacks } from '../../../infra/nag';
import { buildProvince, type ProvinceOverrides, type ProvinceStacks } from '../../../infra/province';
import { loadProvinceConfig, type ProvinceConfig } from '../../../infra/province-config';

export interface SynthesizedProvince {
  readonly stacks: ProvinceStacks;
  readonly stateful: Template;
  readonly stateless: Template;
  /** Unacknowledged cdk-nag findings (errors and warnings) of both packs, in both stacks. */
  readonly nagFindings: readonly string[];
}

export interface SynthOptions {
  /** Bundle every function with esbuild, as `cdk synth` does; off by default to keep tests fast. */
  readonly bundle?: boolean;
  readonly overrides?: ProvinceOverrides;
}

function nagFindings(app: App, stacks: readonly Stack[]): string[] {
  return nagPacks(app).flatMap((pack) =>
    stacks.flatMap((stack) =>
      pack
        .validateScope(stack)
        .violations.flatMap((violation: PolicyViolation) =>
          violation.violatingResources.map(
            (resource) => `${violation.severity} ${violation.ruleName} at ${resource.constructPath ?? '?'}`,
          ),
        ),
    ),
  );
}

/** Synthesizes one province in a fresh app; bundling is skipped unless asked for. */
export function synthesize(config: ProvinceConfig, options: SynthOptions = {}): SynthesizedProvince {
  const app = new App({
    context: options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] },
  });
  const stacks = buildProvince(app, config, options.overrides);
  return {
    stacks,
    stateful: Template.fromStack(stacks.stateful),
    stateless: Template.fromStack(stacks.stateless),
    nagFindings: nagFindings(app, [stacks.stateful, stacks.stateless]),
  };
}

const cache = new Map<string, SynthesizedProvince>();

/** A shipped province, synthesized once per test worker and shared by every test that asks. */
export function synthProvince(code: string): SynthesizedProvince {
  let result = cache.get(code);
  if (!result) {
    result = synthesize(loadProvinceConfig(code));
    cache.set(code, result);
  }
  return result;
}
