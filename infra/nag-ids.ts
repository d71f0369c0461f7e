import type { Stack } from 'aws-cdk-lib';
import type { IBucket } from 'aws-cdk-lib/aws-s3';

/** How cdk-nag writes a bucket's ARN in a finding id: `<LogicalId.Arn>`, or an import's export name. */
export function bucketArnPattern(stack: Stack, bucket: IBucket): string {
  const arn = stack.resolve(bucket.bucketArn) as Record<string, unknown>;
  const getAtt = arn['Fn::GetAtt'] as [string, string] | undefined;
  if (getAtt) return `<${getAtt[0]}.${getAtt[1]}>`;
  // A bucket of another stack: nag writes the export's name without brackets.
  const imported = arn['Fn::ImportValue'];
  if (typeof imported === 'string') return imported;
  throw new Error(`unexpected bucket ARN ${JSON.stringify(arn)}`);
}
