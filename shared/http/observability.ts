import { Logger } from '@aws-lambda-powertools/logger';

/** One structured logger per function instance (Powertools); the service name comes from env. */
export const logger = new Logger({ serviceName: 'tdkt' });
