import type { TestProject } from 'vitest/node';
import { startLocalServices } from '../../local/services';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
    sesEndpoint: string;
    s3Endpoint: string;
    cognitoEndpoint: string;
  }
}

/** Starts the real local services once per test run and hands their endpoints to every test file. */
export default async function setup(project: TestProject) {
  const services = await startLocalServices();
  project.provide('dynamodbEndpoint', services.dynamodbEndpoint);
  project.provide('sesEndpoint', services.sesEndpoint);
  project.provide('s3Endpoint', services.s3Endpoint);
  project.provide('cognitoEndpoint', services.cognitoEndpoint);
  return () => services.stop();
}
