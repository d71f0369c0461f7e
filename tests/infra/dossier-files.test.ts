/**
 * The dossier files bucket and who may touch it: private, encrypted, versioned, SSL only,
 * retained, unchecked uploads and unfinished multipart uploads cleared, CORS for the web origin
 * only; each file function granted exactly its actions on its prefix, and no other route any.
 */
import { describe, expect, it } from 'vitest';
import { ROUTE_ACCESS_OVERRIDES } from '../../infra/access';
import { type ApiFunction, apiFunctions } from '../../infra/api-functions';
import { apiFunctionDescription } from '../../infra/constructs/api';
import { listProvinceCodes } from '../../infra/province-config';
import { ROUTE_AREAS } from '../../shared/http/route-table';
import { synthProvince } from './support/synth';
import { actionsByFunction, policyStatements, resourcesOf } from './support/template';

const [code = 'ha-tinh'] = listProvinceCodes();
const { stateful, statelessAll } = synthProvince(code);
const S3_OBJECT_ACTIONS = ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'];
const API_FUNCTIONS = apiFunctions(ROUTE_AREAS);
const FILES_FUNCTION = API_FUNCTIONS.find((fn) => fn.name === 'files') as ApiFunction;

describe('the dossier files bucket', () => {
  const [bucket, ...others] = resourcesOf(stateful, 'AWS::S3::Bucket').filter(
    (b) => b.Properties.CorsConfiguration,
  );

  it('is private, encrypted, versioned and retained, and clears what was never checked', () => {
    expect(others).toEqual([]);
    expect(bucket?.DeletionPolicy).toBe('Retain');
    expect(bucket?.Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(bucket?.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(
      bucket?.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault,
    ).toEqual({
      SSEAlgorithm: 'AES256',
    });
    expect(bucket?.Properties.LifecycleConfiguration.Rules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
          Status: 'Enabled',
        }),
        expect.objectContaining({ Prefix: 'incoming/', ExpirationInDays: 1, Status: 'Enabled' }),
      ]),
    );
  });

  it('answers CORS for the web origin only, and refuses requests without SSL', () => {
    const [rule, ...more] = bucket?.Properties.CorsConfiguration.CorsRules ?? [];
    expect(more).toEqual([]);
    expect(rule.AllowedOrigins).toHaveLength(1);
    expect(JSON.stringify(rule.AllowedOrigins)).not.toContain('*');
    expect(rule.AllowedMethods.sort()).toEqual(['GET', 'HEAD', 'POST']);
    // This bucket's own policy (not any bucket's): it refuses every request made without SSL.
    const bucketId = Object.entries(stateful.findResources('AWS::S3::Bucket')).find(
      ([, b]) => b.Properties.CorsConfiguration,
    )?.[0];
    const policy = Object.values(stateful.findResources('AWS::S3::BucketPolicy')).find(
      (p) => p.Properties.Bucket?.Ref === bucketId,
    );
    const denyPlain = (policy?.Properties.PolicyDocument.Statement ?? []).filter(
      (s: { Effect: string; Condition?: { Bool?: Record<string, string> } }) =>
        s.Effect === 'Deny' && s.Condition?.Bool?.['aws:SecureTransport'] === 'false',
    );
    expect(denyPlain).toHaveLength(1);
  });

  it("grants the file routes' function its actions, each on its prefix, and no other API function any object action", () => {
    const actions = actionsByFunction(statelessAll);
    const fileRoutes = Object.entries(ROUTE_ACCESS_OVERRIDES)
      .filter(([, access]) => access.files)
      .map(([id]) => id);
    // Every route that touches files is a write (it records, signs or audits), in one function.
    const holders = API_FUNCTIONS.filter((fn) => fn.routes.some((r) => fileRoutes.includes(r.id)));
    expect(holders.map((fn) => fn.name)).toEqual(['files']);
    const withObjects = [...actions.entries()]
      .filter(([, set]) => S3_OBJECT_ACTIONS.some((a) => set.has(a)))
      .map(([description]) => description)
      .filter((description) => API_FUNCTIONS.some((fn) => apiFunctionDescription(fn) === description));
    expect(withObjects).toEqual([apiFunctionDescription(holders[0] as ApiFunction)]);
    const prefixes = (action: string) =>
      policyStatements(statelessAll)
        .filter((s) => s.actions.includes(action))
        .map((s) => JSON.stringify(s.resources))
        .map((r) => /(incoming|dossiers|decisions|units)\/\*/.exec(r)?.[1])
        .filter((prefix) => prefix !== undefined)
        .sort();
    // Uploads land under incoming/; recording moves them under their owner's prefix; links read.
    expect(prefixes('s3:DeleteObject')).toEqual(['incoming']);
    expect(prefixes('s3:PutObject')).toEqual(['decisions', 'dossiers', 'incoming', 'units']);
    expect(prefixes('s3:GetObject')).toEqual(['decisions', 'dossiers', 'incoming', 'units']);
  });

  it("gives the file functions the province's file limits (20 MB a file, 100 MB a dossier unless configured)", () => {
    const upload = resourcesOf(statelessAll, 'AWS::Lambda::Function').find(
      (fn) => fn.Properties.Description === apiFunctionDescription(FILES_FUNCTION),
    );
    expect(JSON.parse(upload?.Properties.Environment.Variables.FILE_LIMITS)).toEqual({
      maxFileBytes: 20 * 1024 * 1024,
      maxDossierBytes: 100 * 1024 * 1024,
    });
  });
});
