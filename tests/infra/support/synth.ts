import type { PolicyViolation } from 'aws-cdk-lib';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { Construct } from 'constructs';
import { nagPacks } from '../../../infra/nag';
import { buildProvince, type ProvinceOverrides, type ProvinceStacks } from '../../../infra/province';
import { loadProvinceConfig, type ProvinceConfig } from '../../../infra/province-config';

export interface SynthesizedProvince {
  readonly stacks: ProvinceStacks;
  readonly stateful: Template;
  /** The stateless stack's own template (API, stage, authorizer, background, alarms, dashboard). */
  readonly stateless: Template;
  /**
   * The stateless stack and every stack nested in it, parent first: the route functions, their
   * roles, integrations and routes live in one nested stack per area of the route table.
   */
  readonly statelessAll: readonly Template[];
  /** Every template of the province, parent and nested, by the stack's construct path. */
  readonly templates: ReadonlyMap<string, Template>;
  /**
   * Unacknowledged cdk-nag findings (errors and warnings) of both packs, in both stacks and every
   * stack nested in them (the packs walk the whole construct tree under each stack).
   */
  readonly nagFindings: readonly string[];
}

export interface SynthOptions {
  /** Bundle every function with esbuild, as `cdk synth` does; off by default to keep tests fast. */
  readonly bundle?: boolean;
  readonly overrides?: ProvinceOverrides;
}

/** A stack and the stacks nested in it, at any depth, parent first. */
export function withNestedStacks(stack: Stack): Stack[] {
  const nested: Stack[] = [];
  const visit = (scope: Construct) => {
    for (const child of scope.node.children) {
      if (Stack.isStack(child)) nested.push(...withNestedStacks(child));
      else visit(child);
    }
  };
  visit(stack);
  return [stack, ...nested];
}

export function nagFindings(app: App, stacks: readonly Stack[]): string[] {
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
  const templates = new Map(
    [stacks.stateful, stacks.stateless]
      .flatMap(withNestedStacks)
      .map((stack) => [stack.node.path, Template.fromStack(stack)] as const),
  );
  const templateOf = (stack: Stack) => templates.get(stack.node.path) as Template;
  return {
    stacks,
    stateful: templateOf(stacks.stateful),
    stateless: templateOf(stacks.stateless),
    statelessAll: withNestedStacks(stacks.stateless).map(templateOf),
    templates,
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
