import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** What a running `npm start` tells other local tools (the token helper, the web app). */
export interface LocalEndpoints {
  readonly apiUrl: string;
  readonly sesViewerUrl: string;
  readonly cognitoEndpoint: string;
  readonly userPoolId: string;
  readonly clientId: string;
}

export const ENDPOINTS_FILE = resolve('.local', 'endpoints.json');

export function writeEndpoints(endpoints: LocalEndpoints, file = ENDPOINTS_FILE): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(endpoints, null, 2)}\n`);
}

export function readEndpoints(file = ENDPOINTS_FILE): LocalEndpoints {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LocalEndpoints;
  } catch {
    throw new Error(`${file} not found: start the system first with npm start`);
  }
}
