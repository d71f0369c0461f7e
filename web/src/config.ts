import type { CertificateLayouts } from '../../shared/domain/documents/certificate';

/**
 * What the app needs to know about its deployment, read at start from `/config.json`: served by
 * the local gateway in `npm start`, and written next to the app in S3 by the CDK stack in AWS. One
 * build serves every province.
 */
export interface WebConfig {
  /** Base URL of the HTTP API, without a trailing slash; empty when the API shares the origin. */
  readonly apiUrl: string;
  /** Cognito's JSON API: `https://cognito-idp.<region>.amazonaws.com` in AWS, cognito-local here. */
  readonly cognitoEndpoint: string;
  readonly userPoolId: string;
  readonly clientId: string;
  /** Shown in the header: "Hà Tĩnh". */
  readonly provinceName?: string;
  /** Where the text goes on the province's phôi, by award (`certificates` of its configuration). */
  readonly certificateLayouts?: CertificateLayouts;
}

function isConfig(value: unknown): value is WebConfig {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.apiUrl === 'string' &&
    typeof v.cognitoEndpoint === 'string' &&
    typeof v.userPoolId === 'string' &&
    typeof v.clientId === 'string'
  );
}

export async function loadConfig(): Promise<WebConfig> {
  const res = await fetch('/config.json', { cache: 'no-store' });
  if (!res.ok) throw new Error(`Không tải được cấu hình ứng dụng (HTTP ${res.status}).`);
  const value: unknown = await res.json();
  if (!isConfig(value)) throw new Error('Tệp cấu hình ứng dụng không hợp lệ.');
  return {
    ...value,
    apiUrl: value.apiUrl.replace(/\/+$/, ''),
    cognitoEndpoint: value.cognitoEndpoint.replace(/\/+$/, ''),
  };
}
