import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

const SECURITY_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
} as const;

export function jsonResponse(
  statusCode: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): APIGatewayProxyStructuredResultV2 {
  if (statusCode === 204) return { statusCode, headers: { ...SECURITY_HEADERS, ...headers } };
  return { statusCode, headers: { ...SECURITY_HEADERS, ...headers }, body: JSON.stringify(body) };
}

/** The `ETag` header of a versioned resource; clients send it back as `If-Match`. */
export const etagHeader = (version: number): Record<string, string> => ({ etag: `"${version}"` });
