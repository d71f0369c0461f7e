import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { IDEMPOTENCY_ACTIONS, routeAccess, TABLE_ACTIONS, USER_POOL_ACTIONS } from '../../infra/access';
import { BACKGROUND_FUNCTIONS } from '../../infra/background-functions';
import { pascalCase } from '../../infra/names';
import { stackNames } from '../../infra/province';
import { listProvinceCodes } from '../../infra/province-config';
import { ROLES } from '../../shared/domain/vocabulary';
import { ROUTE_AREAS, ROUTES } from '../../shared/http/route-table';
import { REMINDER_TICK } from '../../shared/mail/notifier-event';
import { TABLE_DEFINITION } from '../../shared/store/table-definition';
import { synthProvince } from './support/synth';
import {
  actionsByFunction,
  policyStatements,
  resourceCount,
  resourcesOf,
  type Templates,
} from './support/template';

const PROVINCES = listProvinceCodes();

/**
 * The functions behind routes, wherever they live: described `<METHOD> <path>` by the route table
 * (the background functions and CDK's own, e.g. the web upload's copy function, are not).
 */
const ROUTE_KEYS = new Set(ROUTES.map((route) => `${route.method} ${route.path}`));
const apiFunctions = (templates: Templates) =>
  resourcesOf(templates, 'AWS::Lambda::Function').filter((fn) =>
    ROUTE_KEYS.has(fn.Properties.Description as string),
  );

describe.each(PROVINCES)('province %s', (code) => {
  const { stateful, stateless, statelessAll, templates, nagFindings } = synthProvince(code);

  it('passes cdk-nag AwsSolutions and Serverless with no unacknowledged error or warning', () => {
    expect(nagFindings).toEqual([]);
  });

  it('keeps the table: PITR, deletion protection, retained, stream of new images, on-demand', () => {
    stateful.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        KeySchema: [
          { AttributeName: TABLE_DEFINITION.partitionKey.name, KeyType: 'HASH' },
          { AttributeName: TABLE_DEFINITION.sortKey.name, KeyType: 'RANGE' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
        DeletionProtectionEnabled: true,
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: 35 },
        StreamSpecification: { StreamViewType: 'NEW_IMAGE' },
        TimeToLiveSpecification: { AttributeName: TABLE_DEFINITION.timeToLiveAttribute, Enabled: true },
        GlobalSecondaryIndexes: TABLE_DEFINITION.globalSecondaryIndexes.map((index) =>
          Match.objectLike({ IndexName: index.indexName, Projection: { ProjectionType: 'ALL' } }),
        ),
      }),
    });
  });

  it('keeps every table of the stateful stack retained, and recoverable except the ballot box', () => {
    const tables = resourcesOf(stateful, 'AWS::DynamoDB::Table');
    expect(tables.length).toBe(3);
    for (const table of tables) {
      expect(table.DeletionPolicy).toBe('Retain');
      expect(table.Properties.DeletionProtectionEnabled).toBe(true);
    }
    const [ballots, ...others] = [...tables].sort((a) => (a.Properties.TableName ? -1 : 1));
    for (const table of others) {
      expect(table.Properties.PointInTimeRecoverySpecification?.PointInTimeRecoveryEnabled).toBe(true);
    }
    // Secret ballots: no stream and no point-in-time recovery, so no record or restore links a
    // member's marker (in the main table) to a choice (shared/store/ballot-table.ts).
    expect(ballots?.Properties.TableName).toBeDefined();
    expect(ballots?.Properties.StreamSpecification).toBeUndefined();
    expect(ballots?.Properties.PointInTimeRecoverySpecification?.PointInTimeRecoveryEnabled ?? false).toBe(
      false,
    );
  });

  it('anchors audit events in a bucket locked in compliance mode, retained, private, SSL only', () => {
    const buckets = resourcesOf(stateful, 'AWS::S3::Bucket').filter(
      (b) => b.Properties.ObjectLockEnabled === true,
    );
    expect(buckets).toHaveLength(1);
    const [anchors] = buckets;
    expect(anchors?.DeletionPolicy).toBe('Retain');
    expect(anchors?.Properties.ObjectLockConfiguration).toEqual({
      ObjectLockEnabled: 'Enabled',
      Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Days: 3650 } },
    });
    expect(anchors?.Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(anchors?.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
  });

  it('grants the ballot box only to the vote routes (put) and the close routes (query)', () => {
    const statements =
      templates.size > 0
        ? [...templates.values()].flatMap((t) => Object.values(t.toJSON().Resources ?? {}))
        : [];
    const ballotGrants = (
      statements as {
        Type: string;
        Properties: { PolicyDocument?: { Statement: { Action: string | string[]; Resource: unknown }[] } };
      }[]
    )
      .filter((r) => r.Type === 'AWS::IAM::Policy')
      .flatMap((r) => r.Properties.PolicyDocument?.Statement ?? [])
      .filter((st) => JSON.stringify(st.Resource).includes('BallotTable'))
      .map((st) => [st.Action].flat().join(','));
    expect(ballotGrants.sort()).toEqual([
      'dynamodb:PutItem',
      'dynamodb:PutItem',
      'dynamodb:Query',
      'dynamodb:Query',
    ]);
  });

  it('keeps every stack, parent and nested, under 400 resources (CloudFormation allows 500)', () => {
    expect(templates.size).toBeGreaterThan(2);
    for (const [path, template] of templates) expect(resourceCount(template), path).toBeLessThan(400);
  });

  it('builds the routes of each area in a nested stack of its own, the API and authorizer in the parent', () => {
    const nested = [...templates.keys()].filter((path) => path.includes('/Api/'));
    expect(nested.sort()).toEqual(
      ROUTE_AREAS.map((area) => `${stackNames(code).stateless}/Api/${pascalCase(area.name)}Routes`).sort(),
    );
    expect(resourcesOf(stateless, 'AWS::ApiGatewayV2::Route')).toEqual([]);
    expect(apiFunctions(stateless)).toEqual([]);
    stateless.resourceCountIs('AWS::ApiGatewayV2::Api', 1);
    stateless.resourceCountIs('AWS::ApiGatewayV2::Authorizer', 1);
    for (const area of ROUTE_AREAS) {
      const template = templates.get(`${stackNames(code).stateless}/Api/${pascalCase(area.name)}Routes`);
      const keys = resourcesOf(template ?? [], 'AWS::ApiGatewayV2::Route').map((r) => r.Properties.RouteKey);
      expect(keys.sort(), area.name).toEqual(area.routes.map((r) => `${r.method} ${r.path}`).sort());
    }
  });

  it('puts the Cognito JWT authorizer on 100 % of the routes of the route table', () => {
    const routes = resourcesOf(statelessAll, 'AWS::ApiGatewayV2::Route');
    expect(routes.map((route) => route.Properties.RouteKey).sort()).toEqual(
      ROUTES.map((route) => `${route.method} ${route.path}`).sort(),
    );
    for (const route of routes) {
      expect(route.Properties.AuthorizationType).toBe('JWT');
      expect(route.Properties.AuthorizerId).toBeDefined();
    }
    stateless.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: { Audience: [Match.anyValue()], Issuer: Match.anyValue() },
    });
  });

  it('throttles the stage, logs access as JSON and allows CORS from the web origin only', () => {
    stateless.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      DefaultRouteSettings: { ThrottlingBurstLimit: Match.anyValue(), ThrottlingRateLimit: Match.anyValue() },
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('"requestId"') },
    });
    const [api] = resourcesOf(stateless, 'AWS::ApiGatewayV2::Api');
    const origins = api?.Properties.CorsConfiguration?.AllowOrigins as unknown[];
    expect(origins).toHaveLength(1);
    expect(JSON.stringify(origins)).not.toContain('"*"');
    expect(JSON.stringify(origins)).toContain('https://');
  });

  it('logs who read which record (the caller and the path), never the query string', () => {
    const [stage] = resourcesOf(stateless, 'AWS::ApiGatewayV2::Stage');
    const format = JSON.parse(String(stage?.Properties.AccessLogSettings?.Format)) as Record<string, string>;
    expect(format.userId).toBe('$context.authorizer.claims.sub');
    expect(format.path).toBe('$context.path');
    expect(format.routeKey).toBe('$context.routeKey');
    expect(Object.values(format).join(' ')).not.toMatch(/querystring|rawQueryString/i);
  });

  it('builds one function per route with the shared defaults and a role of its own', () => {
    const functions = apiFunctions(statelessAll);
    expect(functions).toHaveLength(ROUTES.length);
    const roles = new Set(functions.map((fn) => JSON.stringify(fn.Properties.Role)));
    expect(roles.size).toBe(functions.length);
    for (const fn of functions) {
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        TracingConfig: { Mode: 'Active' },
        LoggingConfig: { LogFormat: 'JSON', LogGroup: expect.anything() },
        MemorySize: 1024,
        Timeout: 10,
      });
      expect(Object.keys(fn.Properties.Environment.Variables)).toEqual(
        expect.arrayContaining(['TABLE_NAME', 'PROVINCE_CODE', 'POWERTOOLS_SERVICE_NAME']),
      );
    }
  });

  it('grants no wildcard action, no Scan and no mail sending to any API function', () => {
    // Role ids are logical ids: match each template's functions with that template's policies.
    const statements = statelessAll.flatMap((template) => {
      const apiRoles = new Set(
        apiFunctions(template).map((fn) => fn.Properties.Role?.['Fn::GetAtt']?.[0] as string),
      );
      return policyStatements(template).filter((s) => s.roles.some((role) => apiRoles.has(role)));
    });
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      for (const action of statement.actions) {
        expect(action).not.toContain('*');
        expect(action).not.toBe('dynamodb:Scan');
        expect(action.startsWith('ses:')).toBe(false);
      }
    }
  });

  it('grants each route exactly the DynamoDB actions its access implies (GET reads only)', () => {
    const granted = actionsByFunction(statelessAll);
    for (const route of ROUTES) {
      const access = routeAccess(route);
      const actions = [...(granted.get(`${route.method} ${route.path}`) ?? [])].filter((action) =>
        action.startsWith('dynamodb:'),
      );
      const expected = new Set([
        ...(access.table === 'none' ? [] : TABLE_ACTIONS[access.table]),
        ...(access.idempotency ? IDEMPOTENCY_ACTIONS : []),
      ]);
      expect(new Set(actions)).toEqual(expected);
      if (route.method === 'GET') expect(access.table).toBe('read');
    }
  });

  it('lets only the user-directory, council-seating and account-linking routes touch the user pool, reading or managing as their access says', () => {
    const granted = actionsByFunction(statelessAll);
    for (const route of ROUTES) {
      const access = routeAccess(route);
      const cognito = [...(granted.get(`${route.method} ${route.path}`) ?? [])].filter((a) =>
        a.startsWith('cognito-idp:'),
      );
      if (access.users === 'none') expect(cognito, route.id).toEqual([]);
      else expect(new Set(cognito), route.id).toEqual(new Set(USER_POOL_ACTIONS[access.users]));
    }
    expect(
      ROUTES.filter((route) => routeAccess(route).users !== 'none')
        .map((r) => r.id)
        .sort(),
    ).toEqual([
      'create-user',
      'disable-user',
      'enable-user',
      'get-user',
      'link-person-account',
      'list-users',
      'reset-user-mfa',
      'seat-council-member',
      'set-user-roles',
      'update-council-seat',
    ]);
  });

  it('encrypts and requires TLS on every bucket and topic', () => {
    const buckets = resourcesOf(stateful, 'AWS::S3::Bucket');
    expect(buckets.length).toBeGreaterThan(0);
    for (const bucket of buckets) {
      expect(bucket.Properties.BucketEncryption).toBeDefined();
      expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
    }
    const sslDenials = resourcesOf(stateful, 'AWS::S3::BucketPolicy').filter((policy) =>
      JSON.stringify(policy.Properties.PolicyDocument).includes('"aws:SecureTransport":"false"'),
    );
    expect(sslDenials).toHaveLength(buckets.length);
    for (const topic of resourcesOf(stateful, 'AWS::SNS::Topic'))
      expect(topic.Properties.KmsMasterKeyId).toBeDefined();
  });

  it('serves the web bucket only through CloudFront origin access control', () => {
    stateful.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    stateful.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultCacheBehavior: Match.objectLike({ ViewerProtocolPolicy: 'redirect-to-https' }),
        Logging: Match.anyValue(),
      }),
    });
  });

  it('declares the user pool as the local stack does: roles as groups, org and unit attributes, no sign-up', () => {
    stateful.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      UsernameAttributes: ['email'],
      MfaConfiguration: 'ON',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      Policies: { PasswordPolicy: Match.objectLike({ MinimumLength: 12, RequireSymbols: true }) },
      Schema: Match.arrayWith([
        Match.objectLike({ Name: 'orgId', Mutable: true }),
        Match.objectLike({ Name: 'unitId', Mutable: true }),
      ]),
    });
    const groups = resourcesOf(stateful, 'AWS::Cognito::UserPoolGroup').map((g) => g.Properties.GroupName);
    expect(groups.sort()).toEqual([...ROLES].sort());
    const [client] = resourcesOf(stateful, 'AWS::Cognito::UserPoolClient');
    // Users cannot rename themselves (the audit trail records names) nor move organisation.
    expect(client?.Properties.WriteAttributes).toEqual(['email']);
    expect(
      resourcesOf(stateful, 'AWS::Cognito::UserPool')[0]?.Properties.UserAttributeUpdateSettings,
    ).toEqual({
      AttributesRequireVerificationBeforeUpdate: ['email'],
    });
    // Only what the web app uses (web/src/auth/cognito.ts): no SRP, no admin flows.
    expect(client?.Properties.ExplicitAuthFlows).toEqual([
      'ALLOW_USER_PASSWORD_AUTH',
      'ALLOW_REFRESH_TOKEN_AUTH',
    ]);
    // A token issued before a reset or a global sign-out opens the API at most this long.
    expect(client?.Properties).toMatchObject({
      IdTokenValidity: 15,
      AccessTokenValidity: 15,
      TokenValidityUnits: { IdToken: 'minutes', AccessToken: 'minutes' },
      EnableTokenRevocation: true,
    });
  });

  it('lets exactly one function hold any ses: action, and it is the notifier', () => {
    const notifier = BACKGROUND_FUNCTIONS.find((fn) => fn.id === 'notify');
    expect(notifier?.access.sendMail).toBe(true);
    // Every function of the province, in every template (API areas, background, CDK's own).
    const senders = [...actionsByFunction([...templates.values()])]
      .filter(([, actions]) => [...actions].some((action) => action.startsWith('ses:')))
      .map(([description]) => description);
    expect(senders).toEqual([notifier?.description]);
  });

  it('runs the reminders on the notifier: its schedule sends the reminder tick, failures to the DLQ', () => {
    const [notifier] = resourcesOf(stateless, 'AWS::Lambda::Function').filter(
      (fn) => fn.Properties.Description === BACKGROUND_FUNCTIONS.find((f) => f.id === 'notify')?.description,
    );
    expect(notifier?.Properties.DeadLetterConfig).toEqual({ TargetArn: expect.anything() });
    expect(notifier?.Properties.Timeout).toBe(300);
    const schedules = resourcesOf(stateless, 'AWS::Scheduler::Schedule');
    expect(schedules).toHaveLength(1);
    expect(schedules[0]?.Properties).toMatchObject({
      ScheduleExpression: 'cron(0/15 7-18 ? * * *)',
      ScheduleExpressionTimezone: 'Asia/Ho_Chi_Minh',
      Target: {
        Arn: { 'Fn::GetAtt': [expect.stringMatching(/^BackgroundNotify/), 'Arn'] },
        Input: JSON.stringify(REMINDER_TICK),
        DeadLetterConfig: { Arn: expect.anything() },
      },
    });
  });

  it('publishes SES bounces and complaints to the mail-events topic', () => {
    stateful.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      EventDestination: Match.objectLike({
        Enabled: true,
        MatchingEventTypes: Match.arrayWith(['bounce', 'complaint']),
        SnsDestination: Match.anyValue(),
      }),
    });
  });

  it('alarms the admins on 5xx rate, throttles and SES bounce rate', () => {
    const alarms = resourcesOf(stateless, 'AWS::CloudWatch::Alarm');
    const named = (fragment: string) => alarms.filter((alarm) => JSON.stringify(alarm).includes(fragment));
    expect(named('Reputation.BounceRate')).toHaveLength(1);
    expect(named('Throttles')).toHaveLength(1);
    expect(named('5xx')).toHaveLength(1);
    for (const alarm of alarms) expect(alarm.Properties.AlarmActions).toHaveLength(1);
    stateless.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
    // Errors and duration of every route function, read from its area stack's outputs.
    const [dashboard] = resourcesOf(stateless, 'AWS::CloudWatch::Dashboard');
    const nestedOutputs = JSON.stringify(dashboard?.Properties.DashboardBody).match(/"Outputs\.[^"]+"/g);
    expect(nestedOutputs).toHaveLength(2 * ROUTES.length);
  });
});
