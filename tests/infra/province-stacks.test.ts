import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import {
  BALLOT_ACTIONS,
  IDEMPOTENCY_ACTIONS,
  routeAccess,
  TABLE_ACTIONS,
  USER_POOL_ACTIONS,
} from '../../infra/access';
import { apiFunctions as apiFunctionsOf, USERS_FUNCTION } from '../../infra/api-functions';
import { BACKGROUND_FUNCTIONS } from '../../infra/background-functions';
import { apiFunctionDescription } from '../../infra/constructs/api';
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
  type CfnResource,
  policyStatements,
  resourceCount,
  resourcesOf,
  type Templates,
} from './support/template';

const PROVINCES = listProvinceCodes();

/**
 * The functions behind routes, wherever they live, found by their description (the background
 * functions and CDK's own, e.g. the web upload's copy function, are described otherwise).
 */
const API_FUNCTIONS = apiFunctionsOf(ROUTE_AREAS);
const DEFINITION_BY_DESCRIPTION = new Map(API_FUNCTIONS.map((fn) => [apiFunctionDescription(fn), fn]));
const apiFunctions = (templates: Templates) =>
  resourcesOf(templates, 'AWS::Lambda::Function').filter((fn) =>
    DEFINITION_BY_DESCRIPTION.has(fn.Properties.Description as string),
  );
/** The actions each API function's role holds, by the function's name (`nominations-read`). */
const grantedByFunction = (templates: Templates): Map<string, Set<string>> =>
  new Map(
    [...actionsByFunction(templates)].flatMap(([description, actions]) => {
      const definition = DEFINITION_BY_DESCRIPTION.get(description);
      return definition ? [[definition.name, actions] as const] : [];
    }),
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

  it('grants the ballot box only to the functions of the vote routes (put) and the close routes (query)', () => {
    // Statements on the ballot table, by the function whose role holds them.
    const holders = statelessAll.flatMap((template) => {
      const statements = policyStatements(template).filter((st) =>
        JSON.stringify(st.resources).includes('BallotTable'),
      );
      return apiFunctions(template).flatMap((fn) => {
        const roleId = fn.Properties.Role?.['Fn::GetAtt']?.[0] as string;
        const actions = statements.filter((st) => st.roles.includes(roleId)).flatMap((st) => st.actions);
        const name = DEFINITION_BY_DESCRIPTION.get(fn.Properties.Description)?.name ?? '';
        return actions.length > 0 ? [[name, [...new Set(actions)].sort()] as const] : [];
      });
    });
    const expected = API_FUNCTIONS.flatMap((fn) => {
      const levels = fn.routes.flatMap((route) => routeAccess(route).ballots ?? []);
      return levels.length > 0
        ? [[fn.name, [...new Set(levels.flatMap((level) => BALLOT_ACTIONS[level]))].sort()] as const]
        : [];
    });
    expect(new Map(holders)).toEqual(new Map(expected));
    expect(
      API_FUNCTIONS.filter((fn) => fn.routes.some((r) => ['cast-vote', 'close-meeting'].includes(r.id))).map(
        (fn) => fn.name,
      ),
    ).toEqual(['council']);
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
    // Each area's stack holds its functions and their routes; the user directory's functions
    // (which serve the council's seating routes too) live in the directory's.
    for (const area of ROUTE_AREAS) {
      const template = templates.get(`${stackNames(code).stateless}/Api/${pascalCase(area.name)}Routes`);
      const keys = resourcesOf(template ?? [], 'AWS::ApiGatewayV2::Route').map((r) => r.Properties.RouteKey);
      const placed = API_FUNCTIONS.filter((fn) => fn.area === area.name).flatMap((fn) => fn.routes);
      expect(keys.sort(), area.name).toEqual(placed.map((r) => `${r.method} ${r.path}`).sort());
    }
    expect(API_FUNCTIONS.find((fn) => fn.name === USERS_FUNCTION)?.area).toBe('directory');
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

  it('builds one function per area, its reads apart and the user directory apart, each with the shared defaults and a role of its own', () => {
    const functions = apiFunctions(statelessAll);
    expect(functions).toHaveLength(API_FUNCTIONS.length);
    // Every route once, in the function of its area (or the user directory's), reads apart.
    expect(API_FUNCTIONS.flatMap((fn) => fn.routes.map((r) => r.id)).sort()).toEqual(
      ROUTES.map((r) => r.id).sort(),
    );
    for (const fn of API_FUNCTIONS) {
      const reads = fn.routes.every((r) => r.method === 'GET');
      expect(fn.name.endsWith('-read'), fn.name).toBe(reads);
      if (!reads)
        expect(
          fn.routes.every((r) => r.method !== 'GET'),
          fn.name,
        ).toBe(true);
    }
    const roles = new Set(functions.map((fn) => JSON.stringify(fn.Properties.Role)));
    expect(roles.size).toBe(functions.length);
    for (const fn of functions) {
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        LoggingConfig: { LogFormat: 'JSON', LogGroup: expect.anything() },
        MemorySize: 1024,
        Timeout: 10,
      });
      expect(Object.keys(fn.Properties.Environment.Variables)).toEqual(
        expect.arrayContaining(['TABLE_NAME', 'PROVINCE_CODE', 'POWERTOOLS_SERVICE_NAME']),
      );
      // X-Ray off on purpose: the JSON logs carry the Lambda context (issue 16).
      expect(fn.Properties.TracingConfig).toBeUndefined();
    }
  });

  it('sends each API route to the function that serves it, through one integration per function', () => {
    for (const template of statelessAll) {
      const resources = (template.toJSON() as { Resources?: Record<string, CfnResource> }).Resources ?? {};
      const fnByIntegration = new Map(
        Object.entries(resources)
          .filter(([, r]) => r.Type === 'AWS::ApiGatewayV2::Integration')
          .map(([id, r]) => [id, r.Properties.IntegrationUri?.['Fn::GetAtt']?.[0] as string]),
      );
      for (const route of resourcesOf(template, 'AWS::ApiGatewayV2::Route')) {
        const integrationId = JSON.stringify(route.Properties.Target).match(/"Ref":"([^"]+)"/)?.[1] ?? '';
        const fnId = fnByIntegration.get(integrationId) ?? '';
        const definition = DEFINITION_BY_DESCRIPTION.get(resources[fnId]?.Properties.Description);
        expect(
          definition?.routes.map((r) => `${r.method} ${r.path}`),
          route.Properties.RouteKey,
        ).toContain(route.Properties.RouteKey);
      }
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

  it('grants each function exactly the DynamoDB actions its routes imply, and a read function no write', () => {
    const granted = grantedByFunction(statelessAll);
    for (const fn of API_FUNCTIONS) {
      const actions = [...(granted.get(fn.name) ?? [])].filter((action) => action.startsWith('dynamodb:'));
      const accesses = fn.routes.map((route) => routeAccess(route));
      const expected = new Set(
        accesses.flatMap((access) => [
          ...(access.table === 'none' ? [] : TABLE_ACTIONS[access.table]),
          ...(access.idempotency ? IDEMPOTENCY_ACTIONS : []),
        ]),
      );
      expect(new Set(actions), fn.name).toEqual(expected);
      if (fn.name.endsWith('-read')) {
        const all = [...(granted.get(fn.name) ?? [])];
        // The data's services only: every role may write its own logs.
        const writes = all.filter(
          (a) =>
            /^(dynamodb|s3|cognito-idp|ses|lambda):/.test(a) &&
            /Put|Update|Delete|Create|Add|Remove|Disable|Enable|Set|SignOut|Send|Invoke/.test(a),
        );
        expect(writes, fn.name).toEqual([]);
      }
    }
  });

  it('lets only the user-directory functions touch the user pool, and only the writing one manage it', () => {
    const granted = grantedByFunction(statelessAll);
    for (const fn of API_FUNCTIONS) {
      const cognito = [...(granted.get(fn.name) ?? [])].filter((a) => a.startsWith('cognito-idp:'));
      if (fn.name === USERS_FUNCTION) expect(new Set(cognito)).toEqual(new Set(USER_POOL_ACTIONS.manage));
      else if (fn.name === `${USERS_FUNCTION}-read`)
        expect(new Set(cognito)).toEqual(new Set(USER_POOL_ACTIONS.read));
      else expect(cognito, fn.name).toEqual([]);
    }
    // The routes that reach the pool, all in those two functions.
    const cognitoRoutes = ROUTES.filter((route) => routeAccess(route).users !== 'none').map((r) => r.id);
    expect(
      API_FUNCTIONS.filter((fn) => fn.name.startsWith(USERS_FUNCTION))
        .flatMap((fn) => fn.routes.map((r) => r.id))
        .sort(),
    ).toEqual(cognitoRoutes.sort());
    expect(cognitoRoutes.sort()).toEqual([
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
    const schedules = resourcesOf(stateless, 'AWS::Scheduler::Schedule').filter((schedule) =>
      JSON.stringify(schedule.Properties.Target.Arn).includes('BackgroundNotify'),
    );
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

  it('warms every API function on a working-day schedule, and may invoke nothing else', () => {
    const warmUp = BACKGROUND_FUNCTIONS.find((fn) => fn.id === 'warm-up-api');
    const [fn] = resourcesOf(stateless, 'AWS::Lambda::Function').filter(
      (f) => f.Properties.Description === warmUp?.description,
    );
    const schedule = resourcesOf(stateless, 'AWS::Scheduler::Schedule').find((s) =>
      JSON.stringify(s.Properties.Target.Arn).includes('BackgroundWarmUpApi'),
    );
    expect(schedule?.Properties).toMatchObject({
      ScheduleExpression: 'cron(0/5 7-17 ? * MON-FRI *)',
      ScheduleExpressionTimezone: 'Asia/Ho_Chi_Minh',
      Target: { Input: JSON.stringify({ environments: 2, holdMs: 150 }) },
    });
    // One name per API function, each read from its area stack's outputs.
    const names = JSON.stringify(fn?.Properties.Environment.Variables.API_FUNCTIONS);
    expect(names.match(/Outputs\./g)).toHaveLength(API_FUNCTIONS.length);
    const invoke = policyStatements(stateless).filter((st) => st.actions.includes('lambda:InvokeFunction'));
    const warmerRole = fn?.Properties.Role?.['Fn::GetAtt']?.[0];
    const warmerGrant = invoke.filter((st) => st.roles.includes(warmerRole));
    expect(warmerGrant).toHaveLength(1);
    expect(warmerGrant[0]?.actions).toEqual(['lambda:InvokeFunction']);
    expect(warmerGrant[0]?.resources).toHaveLength(API_FUNCTIONS.length);
    expect(JSON.stringify(warmerGrant[0]?.resources)).not.toContain('*');
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
    expect(nestedOutputs).toHaveLength(2 * API_FUNCTIONS.length);
  });
});
