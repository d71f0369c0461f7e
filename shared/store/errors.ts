/**
 * The errors the store raises on purpose, built on the one error model in `shared/domain/errors.ts`.
 * Codes are stable (programs match on them); messages are Vietnamese (people read them).
 */
import { ConflictError, ValidationError } from '../domain/errors';

export const STORE_ERROR_CODES = {
  nominationVersionConflict: 'NOMINATION_VERSION_CONFLICT',
  nominationStateConflict: 'NOMINATION_STATE_CONFLICT',
  nominationAlreadyExists: 'NOMINATION_ALREADY_EXISTS',
  auditEventConflict: 'AUDIT_EVENT_CONFLICT',
  voteAlreadyCast: 'VOTE_ALREADY_CAST',
  councilConflictDeclared: 'COUNCIL_CONFLICT_DECLARED',
  quotaExhausted: 'QUOTA_EXHAUSTED',
  quotaNotHeld: 'QUOTA_NOT_HELD',
  initiativeAlreadyUsed: 'INITIATIVE_ALREADY_USED',
  initiativeNotHeld: 'INITIATIVE_NOT_HELD',
  nomineeAlreadyNominated: 'NOMINEE_ALREADY_NOMINATED',
  nomineeNotHeld: 'NOMINEE_NOT_HELD',
  transactionConflict: 'TRANSACTION_CONFLICT',
  alreadyExists: 'ALREADY_EXISTS',
  awardNotFound: 'AWARD_NOT_FOUND',
  awardAlreadyRevoked: 'AWARD_ALREADY_REVOKED',
  documentNotPending: 'DOCUMENT_NOT_PENDING',
  invalidCursor: 'INVALID_CURSOR',
} as const;
export type StoreErrorCode = (typeof STORE_ERROR_CODES)[keyof typeof STORE_ERROR_CODES];

const CONFLICT_MESSAGES: Readonly<Record<Exclude<StoreErrorCode, 'INVALID_CURSOR'>, string>> = {
  NOMINATION_VERSION_CONFLICT:
    'Hồ sơ đề nghị vừa được người khác cập nhật. Vui lòng tải lại hồ sơ rồi thực hiện lại thao tác.',
  NOMINATION_STATE_CONFLICT: 'Hồ sơ đề nghị không còn ở trạng thái cho phép thao tác này.',
  NOMINATION_ALREADY_EXISTS: 'Hồ sơ đề nghị với mã này đã tồn tại.',
  AUDIT_EVENT_CONFLICT: 'Nhật ký của hồ sơ đã có sự kiện này; thao tác không được ghi.',
  VOTE_ALREADY_CAST: 'Thành viên hội đồng đã bỏ phiếu cho hồ sơ này.',
  COUNCIL_CONFLICT_DECLARED:
    'Thành viên đã khai báo xung đột lợi ích với hồ sơ này nên không tham gia biểu quyết.',
  QUOTA_EXHAUSTED: 'Đơn vị đã dùng hết chỉ tiêu đề nghị cho danh hiệu này trong năm.',
  QUOTA_NOT_HELD: 'Đơn vị không có suất chỉ tiêu nào đang được dùng để trả lại.',
  INITIATIVE_ALREADY_USED: 'Sáng kiến này đã được dùng để đề nghị khen thưởng khác.',
  INITIATIVE_NOT_HELD: 'Sáng kiến này không được hồ sơ đề nghị này sử dụng.',
  NOMINEE_ALREADY_NOMINATED:
    'Cá nhân (tập thể) này đã được đề nghị danh hiệu này trong năm ở một hồ sơ khác; một thành tích chỉ được khen thưởng một lần.',
  NOMINEE_NOT_HELD:
    'Hồ sơ đề nghị này không giữ lượt đề nghị của cá nhân (tập thể) cho danh hiệu và năm này.',
  TRANSACTION_CONFLICT: 'Dữ liệu đang được cập nhật đồng thời. Vui lòng thử lại sau giây lát.',
  ALREADY_EXISTS: 'Dữ liệu với mã này đã tồn tại.',
  AWARD_NOT_FOUND: 'Không tìm thấy khen thưởng trong lịch sử.',
  AWARD_ALREADY_REVOKED: 'Khen thưởng này đã bị hủy bỏ bởi quyết định khác.',
  DOCUMENT_NOT_PENDING: 'Văn bản đã hoàn tất; không ghi thêm.',
};

/** A write lost to a concurrent one or to the current state of the data (HTTP 409). */
export function conflict(
  code: Exclude<StoreErrorCode, 'INVALID_CURSOR'>,
  details?: Readonly<Record<string, unknown>>,
): ConflictError {
  return new ConflictError(code, CONFLICT_MESSAGES[code], details);
}

/**
 * A pagination cursor that this store did not issue for this list. It is a `ValidationError`
 * (HTTP 400) whose code says precisely what was wrong.
 */
export class InvalidCursorError extends ValidationError {
  override readonly code = STORE_ERROR_CODES.invalidCursor;
  constructor() {
    super(
      [
        {
          path: 'cursor',
          code: STORE_ERROR_CODES.invalidCursor,
          message: 'Con trỏ phân trang không hợp lệ.',
        },
      ],
      'Con trỏ phân trang không hợp lệ hoặc đã bị sửa đổi.',
    );
  }
}
