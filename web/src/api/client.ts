import { currentIdToken } from '../auth/session';

/** A field the API (or the form's own schema) found wrong: `nominee.fullName`, with its message. */
export interface FieldIssue {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/** A legal rule that refused an action, with the article it rests on. */
export interface Refusal {
  readonly ruleId: string;
  readonly citation: string;
  readonly message: string;
}

/** The API's one error model, in Vietnamese, plus what the app needs to place it on the screen. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: readonly FieldIssue[] = [],
    readonly refusals: readonly Refusal[] = [],
  ) {
    super(message);
  }

  /**
   * Someone else changed the record since it was read: a stale version, or its state moved on.
   * Other 409s say something else (only drafts can be edited, a step that does not apply to this
   * award, a number already taken) and are shown as what they are.
   */
  get isConflict(): boolean {
    return this.status === 409 && CHANGED_BY_OTHERS.has(this.code);
  }
}

const CHANGED_BY_OTHERS: ReadonlySet<string> = new Set([
  'NOMINATION_VERSION_CONFLICT',
  'NOMINATION_STATE_CONFLICT',
  'TRANSACTION_CONFLICT',
]);

const GENERIC: Readonly<Record<number, string>> = {
  0: 'Không kết nối được máy chủ. Kiểm tra kết nối mạng rồi thử lại; dữ liệu bạn nhập vẫn được giữ.',
  401: 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.',
  403: 'Bạn không có quyền thực hiện thao tác này.',
  404: 'Không tìm thấy dữ liệu yêu cầu.',
  409: 'Dữ liệu vừa được người khác thay đổi.',
  413: 'Dữ liệu gửi lên quá lớn.',
  428: 'Thiếu phiên bản đã đọc; hãy tải lại trang rồi thử lại.',
  503: 'Hệ thống tạm thời không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau ít phút.',
  500: 'Hệ thống gặp sự cố. Vui lòng thử lại sau.',
};

/** `body.nominee.fullName` → `nominee.fullName`: form fields are named as in the body. */
const fieldPath = (path: string) => path.replace(/^body\./, '');

async function toApiError(res: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    body = undefined;
  }
  const error = (body as { error?: Record<string, unknown> } | undefined)?.error;
  const message =
    typeof error?.message === 'string' ? error.message : (GENERIC[res.status] ?? GENERIC[500] ?? '');
  const issues = Array.isArray(error?.issues)
    ? (error.issues as FieldIssue[]).map((issue) => ({ ...issue, path: fieldPath(issue.path) }))
    : [];
  const details = error?.details as { refusals?: Refusal[] } | undefined;
  const refusals = Array.isArray(details?.refusals) ? details.refusals : [];
  return new ApiError(
    res.status,
    typeof error?.code === 'string' ? error.code : `HTTP_${res.status}`,
    message,
    issues,
    refusals,
  );
}

export interface RequestOptions {
  readonly query?: Readonly<Record<string, string | number | undefined>>;
  readonly body?: unknown;
  /** The key of the user's action; the caller keeps it and sends it again on a retry. */
  readonly idempotencyKey?: string;
  /** The version the user last saw; the API answers 409 if it moved. */
  readonly version?: number;
  readonly signal?: AbortSignal;
}

export interface ApiResult<T> {
  readonly data: T;
  /** The version in the `ETag` header, when the resource is versioned. */
  readonly version?: number;
}

let apiBase = '';
export function configureApi(baseUrl: string): void {
  apiBase = baseUrl;
}

/**
 * One request to the API with the current token. On a 401 the token is refreshed (or the user
 * asked to sign in again) and the request is sent once more with the same idempotency key, so
 * nothing typed is lost and nothing is done twice.
 */
export async function request<T>(
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<ApiResult<T>> {
  const url = new URL(`${apiBase}${path}`, window.location.origin);
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
  }
  const send = async (token: string | null) => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
    if (options.version !== undefined) headers['if-match'] = `"${options.version}"`;
    try {
      return await fetch(url, {
        method,
        headers,
        ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      throw new ApiError(0, 'NETWORK', GENERIC[0] ?? '');
    }
  };
  let res = await send(await currentIdToken());
  if (res.status === 401) {
    const token = await currentIdToken({ forceRefresh: true });
    if (!token) throw new ApiError(401, 'UNAUTHENTICATED', GENERIC[401] ?? '');
    res = await send(token);
  }
  if (!res.ok) throw await toApiError(res);
  const etag = res.headers.get('etag');
  const version = etag ? Number(etag.replace(/\D/g, '')) : undefined;
  const text = res.status === 204 ? '' : await res.text();
  return {
    data: (text ? JSON.parse(text) : undefined) as T,
    ...(version !== undefined && !Number.isNaN(version) ? { version } : {}),
  };
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options).then((r) => r.data),
  getWithVersion: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
  post: <T>(path: string, options?: RequestOptions) => request<T>('POST', path, options).then((r) => r.data),
  put: <T>(path: string, options?: RequestOptions) => request<T>('PUT', path, options).then((r) => r.data),
  patch: <T>(path: string, options?: RequestOptions) =>
    request<T>('PATCH', path, options).then((r) => r.data),
  delete: <T>(path: string, options?: RequestOptions) =>
    request<T>('DELETE', path, options).then((r) => r.data),
};
