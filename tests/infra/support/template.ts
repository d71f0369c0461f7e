import type { Template } from 'aws-cdk-lib/assertions';

export type CfnResource = {
  Type: string;
  // biome-ignore lint/suspicious/noExplicitAny: CloudFormation JSON is untyped by nature.
  Properties: any;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
};

export function resourcesOf(template: Template, type: string): CfnResource[] {
  return Object.values(template.findResources(type)) as CfnResource[];
}

export interface Statement {
  readonly actions: string[];
  readonly resources: unknown[];
  /** Logical ids of the roles the policy is attached to. */
  readonly roles: string[];
}

const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** Every Allow statement of every inline and managed policy of a template. */
export function policyStatements(template: Template): Statement[] {
  const policies = [
    ...resourcesOf(template, 'AWS::IAM::Policy'),
    ...resourcesOf(template, 'AWS::IAM::ManagedPolicy'),
  ];
  return policies.flatMap((policy) => {
    const roles = asArray<{ Ref?: string }>(policy.Properties.Roles).flatMap((role) =>
      role.Ref ? [role.Ref] : [],
    );
    return asArray<{ Effect: string; Action: string | string[]; Resource: unknown }>(
      policy.Properties.PolicyDocument.Statement,
    )
      .filter((statement) => statement.Effect === 'Allow')
      .map((statement) => ({
        actions: asArray(statement.Action),
        resources: asArray(statement.Resource),
        roles,
      }));
  });
}

/** The actions granted to each function, keyed by the function's description. */
export function actionsByFunction(template: Template): Map<string, Set<string>> {
  const statements = policyStatements(template);
  const result = new Map<string, Set<string>>();
  for (const fn of resourcesOf(template, 'AWS::Lambda::Function')) {
    const roleId = fn.Properties.Role?.['Fn::GetAtt']?.[0] as string | undefined;
    const actions = statements.filter((s) => roleId && s.roles.includes(roleId)).flatMap((s) => s.actions);
    result.set(fn.Properties.Description as string, new Set(actions));
  }
  return result;
}
