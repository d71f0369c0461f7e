/**
 * The one error model. Every error the system raises on purpose is a DomainError with a stable
 * `code` for programs and a Vietnamese `message` for people. The HTTP layer maps the `kind` to a
 * status (invalid → 400, unauthenticated → 401, forbidden → 403, not-found → 404,
 * conflict → 409, too-large → 413, unsupported-media-type → 415, rule-refused → 422,
 * precondition-required → 428, unavailable → 503); anything that is not a DomainError becomes a
 * generic 500, except a storage fault that a retry may cure, which is a 503 too.
 */
export type ErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'too-large'
  | 'unsupported-media-type'
  | 'rule-refused'
  | 'precondition-required'
  | 'unavailable';

export interface FieldIssue {
  /** Dotted path of the field, e.g. `nominee.fullName` or `dossier.2.kind`. */
  path: string;
  code: string;
  message: string;
}

export abstract class DomainError extends Error {
  abstract readonly kind: ErrorKind;
  constructor(
    /** Stable machine-readable code, e.g. `NOMINATION_VERSION_CONFLICT`. */
    readonly code: string,
    /** Vietnamese, for people. */
    message: string,
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends DomainError {
  readonly kind = 'invalid';
  constructor(
    readonly issues: readonly FieldIssue[],
    message = 'Dữ liệu không hợp lệ.',
  ) {
    super('VALIDATION_FAILED', message, { issues });
  }
}

export class UnauthenticatedError extends DomainError {
  readonly kind = 'unauthenticated';
  constructor(message = 'Bạn cần đăng nhập.') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends DomainError {
  readonly kind = 'forbidden';
  constructor(code = 'FORBIDDEN', message = 'Bạn không có quyền thực hiện thao tác này.') {
    super(code, message);
  }
}

export class NotFoundError extends DomainError {
  readonly kind = 'not-found';
  constructor(
    readonly entity: string,
    readonly id: string,
    message = 'Không tìm thấy dữ liệu yêu cầu.',
  ) {
    super('NOT_FOUND', message, { entity, id });
  }
}

export class ConflictError extends DomainError {
  readonly kind = 'conflict';
}

/** A legal or business rule refused the action; names the rule and its citation. */
export class RuleRefusedError extends DomainError {
  readonly kind = 'rule-refused';
  constructor(
    readonly refusals: readonly { ruleId: string; citation: string; message: string }[],
    message = 'Đề nghị không đáp ứng quy định.',
  ) {
    super('RULE_REFUSED', message, { refusals });
  }
}

/** A change to a versioned record sent without the version it was read at (`If-Match`). */
export class PreconditionRequiredError extends DomainError {
  readonly kind = 'precondition-required';
  constructor(
    message = 'Thiếu phiên bản đã đọc (tiêu đề If-Match): hãy tải lại dữ liệu rồi sửa, để không ghi đè thay đổi của người khác.',
  ) {
    super('IF_MATCH_REQUIRED', message);
  }
}

/** A body in another format than the route reads (only `application/json`). */
export class UnsupportedMediaTypeError extends DomainError {
  readonly kind = 'unsupported-media-type';
  constructor(readonly contentType: string | undefined) {
    super(
      'UNSUPPORTED_MEDIA_TYPE',
      'Nội dung gửi lên phải ở dạng JSON (Content-Type: application/json).',
      contentType === undefined ? {} : { contentType },
    );
  }
}

/** A body larger than the API takes. */
export class PayloadTooLargeError extends DomainError {
  readonly kind = 'too-large';
  constructor(readonly limitBytes: number) {
    super('PAYLOAD_TOO_LARGE', `Nội dung gửi lên quá lớn (tối đa ${Math.round(limitBytes / 1024)} KB).`, {
      limitBytes,
    });
  }
}

/** The storage (or another service the request needs) cannot answer now; nothing was written. */
export class ServiceUnavailableError extends DomainError {
  readonly kind = 'unavailable';
  constructor(readonly retryAfterSeconds = 5) {
    super(
      'SERVICE_UNAVAILABLE',
      'Hệ thống tạm thời không kết nối được cơ sở dữ liệu; thao tác không bị ghi dở dang. Vui lòng thử lại sau ít phút.',
      { retryAfterSeconds },
    );
  }
}
