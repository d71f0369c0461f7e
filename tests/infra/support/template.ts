import type { Template } from 'aws-cdk-lib/assertions';

export type CfnResource = {
  Type: string;
  // biome-ignore lint/suspicious/noExplicitAny: CloudFormation JSON is untyped by nature.
  Properties: any;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
};

/** One template, or several (a stack and its nested stacks): each is read on its own. */
export type Templates = Template | readonly Template[];

const eachTemplate = (templates: Templates): readonly Template[] =>
  Array.isArray(templates) ? templates : [templates as Template];

export function resourcesOf(templates: Templates, type: string): CfnResource[] {
  return eachTemplate(templates).flatMap(
    (template) => Object.values(template.findResources(type)) as CfnResource[],
  );
}

/** How many resources a template declares (CloudFormation allows 500 per stack). */
export const resourceCount = (template: Template): number =>
  Object.keys((template.toJSON() as { Resources?: object }).Resources ?? {}).length;

export interface Statement {
  readonly actions: string[];
  readonly resources: unknown[];
  /** Logical ids of the roles the policy is attached to (in the policy's own template). */
  readonly roles: string[];
}

const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/**
 * Every Allow statement of every inline and managed policy of the templates. Role ids are
 * logical ids, so compare them only with ids of the same template (`actionsByFunction` does).
 */
export function policyStatements(templates: Templates): Statement[] {
  return eachTemplate(templates).flatMap(policyStatementsOf);
}

function policyStatementsOf(template: Template): Statement[] {
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

/**
 * The actions granted to each function, keyed by the function's description, wherever the
 * function lives: each function's role is looked up in the function's own template.
 */
export function actionsByFunction(templates: Templates): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  for (const template of eachTemplate(templates)) {
    const statements = policyStatementsOf(template);
    for (const fn of resourcesOf(template, 'AWS::Lambda::Function')) {
      const description = fn.Properties.Description as string;
      if (result.has(description)) throw new Error(`two functions are described ${description}`);
      const roleId = fn.Properties.Role?.['Fn::GetAtt']?.[0] as string | undefined;
      const actions = statements.filter((s) => roleId && s.roles.includes(roleId)).flatMap((s) => s.actions);
      result.set(description, new Set(actions));
    }
  }
  return result;
}
