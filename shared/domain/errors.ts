/**
 * The one error model. Every error the system raises on purpose is a DomainError with a stable
 * `code` for programs and a Vietnamese `message` for people. The HTTP layer maps the `kind` to a
 * status (invalid → 400, unauthenticated → 401, forbidden → 403, not-found → 404,
 * conflict → 409, rule-refused → 422); anything that is not a DomainError becomes a generic 500.
 */
export type ErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'rule-refused';

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
