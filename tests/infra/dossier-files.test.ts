/**
 * The dossier files bucket and who may touch it: private, encrypted, versioned, SSL only,
 * retained, unchecked uploads and unfinished multipart uploads cleared, CORS for the web origin
 * only; each file function granted exactly its actions on its prefix, and no other route any.
 */
import { describe, expect, it } from 'vitest';
import { listProvinceCodes } from '../../infra/province-config';
import { synthProvince } from './support/synth';
import { actionsByFunction, policyStatements, resourcesOf } from './support/template';

const [code = 'ha-tinh'] = listProvinceCodes();
const { stateful, statelessAll } = synthProvince(code);
const S3_OBJECT_ACTIONS = ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'];

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

  it('grants each file function its actions on its prefix, and no other route any object action', () => {
    const actions = actionsByFunction(statelessAll);
    const s3Of = (key: string) =>
      [...(actions.get(key) ?? [])].filter((a) => S3_OBJECT_ACTIONS.includes(a)).sort();
    expect(s3Of('POST /nominations/{id}/uploads')).toEqual(['s3:PutObject']);
    expect(s3Of('POST /nominations/{id}/files')).toEqual(['s3:DeleteObject', 's3:GetObject', 's3:PutObject']);
    expect(s3Of('POST /nominations/{id}/files/{fileId}/link')).toEqual(['s3:GetObject']);
    expect(s3Of('GET /nominations/{id}/files')).toEqual([]);
    const withObjects = [...actions.entries()]
      .filter(([, set]) => S3_OBJECT_ACTIONS.some((a) => set.has(a)))
      .map(([key]) => key)
      .sort();
    expect(withObjects.filter((key) => /\/(nominations|decisions|units)\//.test(key ?? ''))).toEqual([
      'POST /decisions/{id}/files',
      'POST /decisions/{id}/files/{fileId}/link',
      'POST /decisions/{id}/uploads',
      'POST /nominations/{id}/files',
      'POST /nominations/{id}/files/{fileId}/link',
      'POST /nominations/{id}/uploads',
      'POST /units/{unitId}/files',
      'POST /units/{unitId}/uploads',
    ]);
    const prefixes = (action: string) =>
      policyStatements(statelessAll)
        .filter((s) => s.actions.includes(action))
        .map((s) => JSON.stringify(s.resources))
        .map((r) => /(incoming|dossiers|decisions|units)\/\*/.exec(r)?.[1])
        .filter((prefix) => prefix !== undefined)
        .sort();
    // Each record function writes only its owner's prefix; each link function reads only its own.
    expect(prefixes('s3:DeleteObject')).toEqual(['incoming', 'incoming', 'incoming']);
    expect(prefixes('s3:PutObject')).toEqual([
      'decisions',
      'dossiers',
      'incoming',
      'incoming',
      'incoming',
      'units',
    ]);
    expect(prefixes('s3:GetObject')).toEqual([
      'decisions',
      'dossiers',
      'incoming',
      'incoming',
      'incoming',
      'units',
    ]);
  });

  it("gives the file functions the province's file limits (20 MB a file, 100 MB a dossier unless configured)", () => {
    const upload = resourcesOf(statelessAll, 'AWS::Lambda::Function').find(
      (fn) => fn.Properties.Description === 'POST /nominations/{id}/uploads',
    );
    expect(JSON.parse(upload?.Properties.Environment.Variables.FILE_LIMITS)).toEqual({
      maxFileBytes: 20 * 1024 * 1024,
      maxDossierBytes: 100 * 1024 * 1024,
    });
  });
});
