import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Stack, Stage } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { loadProvinceConfig } from '../../infra/province-config';
import { ROUTES } from '../../shared/http/route-table';
import { stubEntry } from './support/stubs';
import { synthesize } from './support/synth';
import { resourcesOf } from './support/template';

// A throw-away web build shaped like Vite's: the shell at the root, hashed files under assets/.
const webDist = mkdtempSync(join(tmpdir(), 'tdkt-web-'));
writeFileSync(
  join(webDist, 'index.html'),
  '<!doctype html><script type="module" src="/assets/index-abc123.js"></script>',
);
mkdirSync(join(webDist, 'assets'));
writeFileSync(join(webDist, 'assets', 'index-abc123.js'), 'export {};');
const config = loadProvinceConfig('ha-tinh');
const { stacks, stateful, stateless, nagFindings } = synthesize(config, {
  overrides: {
    routeAreas: [{ name: 'test', routes: ROUTES.slice(0, 2) }],
    backgroundFunctions: [],
    entryFor: stubEntry,
    webDistPath: webDist,
  },
});
const region = config.aws.region ?? '';

// The uploads live in the stateless stack's nested stack `Web` (the parent is near 500 resources).
const webContent = Template.fromStack(stacks.stateless.node.findChild('Web') as Stack);
const deployments = resourcesOf(webContent, 'Custom::CDKBucketDeployment');
const shell = deployments.find((d) => d.Properties.DistributionPaths !== undefined);
const assets = deployments.find((d) => d.Properties.DestinationBucketKeyPrefix === 'assets/');
const headers = resourcesOf(stateful, 'AWS::CloudFront::ResponseHeadersPolicy')[0]?.Properties
  .ResponseHeadersPolicyConfig.SecurityHeadersConfig;
const csp = String(headers?.ContentSecurityPolicy?.ContentSecurityPolicy);

describe('web app serving', () => {
  it('passes cdk-nag with the web content deployed from the stateless stack', () => {
    expect(nagFindings).toEqual([]);
  });

  it('writes /config.json with the API, Cognito endpoint, pool, client and province name', () => {
    // Source.jsonData: the file is an asset with markers that CloudFormation fills at deploy time.
    const markers = JSON.stringify(shell?.Properties.SourceMarkers);
    expect(markers).toContain('ApiEndpoint');
    expect(markers).toMatch(/ExportsOutputRefAuthUserPool[A-Z0-9]+/);
    expect(markers).toMatch(/ExportsOutputRefAuthUserPoolWebClient/);
    const configAsset = readConfigAsset();
    expect(configAsset).toMatchObject({
      cognitoEndpoint: `https://cognito-idp.${region}.amazonaws.com`,
      provinceName: config.name,
    });
    expect(Object.keys(configAsset).sort()).toEqual(
      ['apiUrl', 'clientId', 'cognitoEndpoint', 'provinceName', 'userPoolId'].sort(),
    );
  });

  it('publishes the OpenAPI document of the routes beside the app, as /openapi.json', () => {
    const document = readShellAsset('openapi.json') as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toMatch(/^3\./);
    const operations = Object.values(document.paths).flatMap((path) => Object.keys(path as object));
    expect(operations).toHaveLength(2);
  });

  it('revalidates index.html and config.json every time and caches assets/ for a year, immutable', () => {
    expect(shell?.Properties).toMatchObject({
      SystemMetadata: { 'cache-control': 'no-cache' },
      Prune: true,
      Exclude: ['assets/*'],
    });
    expect(assets?.Properties).toMatchObject({
      SystemMetadata: { 'cache-control': 'public, max-age=31536000, immutable' },
      Prune: false,
    });
    expect((shell as { DependsOn?: string[] } | undefined)?.DependsOn).toEqual(
      expect.arrayContaining([expect.stringMatching(/^WebContentAssets/)]),
    );
  });

  it('falls back to /index.html with 200 for paths S3 does not have (403 and 404)', () => {
    stateful.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: 'index.html',
        CustomErrorResponses: [403, 404].map((code) =>
          Match.objectLike({ ErrorCode: code, ResponseCode: 200, ResponsePagePath: '/index.html' }),
        ),
        DefaultCacheBehavior: Match.objectLike({ ResponseHeadersPolicyId: Match.anyValue() }),
      }),
    });
  });

  it('sends a CSP without inline script that connects only to itself, the region’s APIs and Cognito', () => {
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain(
      `connect-src 'self' https://*.execute-api.${region}.amazonaws.com https://cognito-idp.${region}.amazonaws.com`,
    );
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it('sends HSTS, nosniff, a referrer policy and no framing', () => {
    expect(headers).toMatchObject({
      StrictTransportSecurity: {
        AccessControlMaxAgeSec: 31_536_000,
        IncludeSubdomains: true,
        Override: true,
      },
      ContentTypeOptions: { Override: true },
      ReferrerPolicy: { ReferrerPolicy: 'strict-origin-when-cross-origin', Override: true },
      FrameOptions: { FrameOption: 'DENY', Override: true },
    });
  });

  it('allows the web origin the headers the app sends and lets it read the ETag', () => {
    const [api] = resourcesOf(stateless, 'AWS::ApiGatewayV2::Api');
    const cors = api?.Properties.CorsConfiguration;
    expect(cors.AllowHeaders).toEqual(['authorization', 'content-type', 'idempotency-key', 'if-match']);
    expect(cors.ExposeHeaders).toEqual(['etag']);
    expect(cors.AllowOrigins).toHaveLength(1);
  });

  it('gives the web app a public client with password and refresh flows and token revocation', () => {
    stateful.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      EnableTokenRevocation: true,
    });
  });
});

/** A JSON file of the shell deployment, as staged in the cloud assembly (markers unfilled). */
function readShellAsset(name: string): Record<string, unknown> {
  const keys = shell?.Properties.SourceObjectKeys as string[];
  const outdir = Stage.of(stacks.stateless)?.outdir ?? '';
  const staged = keys.map((key) => join(outdir, `asset.${key.replace(/\.zip$/, '')}`, name));
  const path = staged.find((candidate) => existsSync(candidate));
  if (!path) throw new Error(`no ${name} among ${staged.join(', ')}`);
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

const readConfigAsset = () => readShellAsset('config.json');
