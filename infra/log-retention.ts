import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ProvinceConfig } from './province-config';

/** The province's `logRetentionDays` as CloudWatch Logs counts it. */
export const LOG_RETENTION: Readonly<Record<ProvinceConfig['logRetentionDays'], RetentionDays>> = {
  30: RetentionDays.ONE_MONTH,
  90: RetentionDays.THREE_MONTHS,
  180: RetentionDays.SIX_MONTHS,
  365: RetentionDays.ONE_YEAR,
};
