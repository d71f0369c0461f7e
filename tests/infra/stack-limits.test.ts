import { App } from 'aws-cdk-lib';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { describe, expect, it } from 'vitest';
import { MAX_ROUTES_PER_AREA } from '../../infra/constructs/api';
import { buildProvince } from '../../infra/province';
import { loadProvinceConfig } from '../../infra/province-config';
import type { Route } from '../../shared/http/route';
import { ROUTES } from '../../shared/http/route-table';
import { stubEntry } from './support/stubs';
import { nagFindings, synthesize } from './support/synth';
import { resourceCount, resourcesOf } from './support/template';

const config = loadProvinceConfig('ha-tinh');
const template = ROUTES[0] as Route;
/** TEST ONLY: `count` distinct routes shaped like the first row of the table. */
const stubRoutes = (count: number): Route[] =>
  Array.from({ length: count }, (_, i) => ({ ...template, id: `stub-${i}`, path: `/stub/${i}` }));
const overrides = (routes: readonly Route[]) => ({
  routeAreas: [{ name: 'big', routes }],
  backgroundFunctions: [],
  entryFor: stubEntry,
});

describe('stack size', () => {
  it(`keeps an area of ${MAX_ROUTES_PER_AREA} routes, the most one may have, under 400 resources`, () => {
    const { templates, nagFindings: findings } = synthesize(config, {
      overrides: overrides(stubRoutes(MAX_ROUTES_PER_AREA)),
    });
    const area = templates.get(`tdkt-${config.code}-stateless/Api/BigRoutes`);
    expect(area).toBeDefined();
    expect(resourcesOf(area ?? [], 'AWS::ApiGatewayV2::Route')).toHaveLength(MAX_ROUTES_PER_AREA);
    for (const [path, stack] of templates) expect(resourceCount(stack), path).toBeLessThan(400);
    expect(findings).toEqual([]);
  }, 60_000);

  it('refuses an area with more routes than a nested stack may hold', () => {
    expect(() => buildProvince(new App(), config, overrides(stubRoutes(MAX_ROUTES_PER_AREA + 1)))).toThrow(
      /route area big has 51 routes.*split the area/,
    );
  });

  it('runs cdk-nag inside the nested stacks of the routes too', () => {
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
    const stacks = buildProvince(app, config, overrides(stubRoutes(1)));
    // An SQS queue without TLS enforcement nor dead-letter queue: findings of both packs.
    new Queue(stacks.stateless.node.findChild('Api').node.findChild('BigRoutes'), 'Canary');
    const findings = nagFindings(app, [stacks.stateful, stacks.stateless]);
    expect(
      findings.some((f) => f.includes('AwsSolutions-SQS4') && f.endsWith('/BigRoutes/Canary/Resource')),
    ).toBe(true);
    expect(findings.some((f) => f.includes('Serverless-') && f.includes('/BigRoutes/Canary/'))).toBe(true);
  });
});
