import { ApiError } from '../api/client';
import { Notice } from './notice';

/** What kind of refusal it is, in words, for the notice's title; the server's message says the rest. */
const TITLE_BY_CODE: Readonly<Record<string, string>> = {
  NOMINATION_NOT_DRAFT: 'Chỉ sửa được đề nghị khi còn là bản nháp',
  WORKFLOW_WRONG_ROUTE: 'Bước này không áp dụng cho hình thức khen thưởng này',
  WORKFLOW_INVALID_TRANSITION: 'Không thực hiện được ở trạng thái hiện tại của hồ sơ',
  WORKFLOW_TERMINAL_STATE: 'Hồ sơ đã kết thúc, không xử lý thêm được',
  NOMINATION_DEADLINE_PASSED: 'Đã quá hạn gửi đề nghị của phong trào',
  IDEMPOTENCY_IN_PROGRESS: 'Yêu cầu trước của bạn đang được xử lý — vui lòng thử lại sau ít giây',
  IDEMPOTENCY_KEY_REUSED: 'Yêu cầu trùng với một yêu cầu khác — vui lòng tải lại trang',
  IDEMPOTENCY_ALREADY_APPLIED: 'Yêu cầu này đã được thực hiện — vui lòng tải lại trang để xem kết quả',
  SERVICE_UNAVAILABLE: 'Hệ thống tạm thời gián đoạn',
};

function titleOf(error: ApiError): string {
  if (error.status === 422) return 'Không đáp ứng quy định';
  return TITLE_BY_CODE[error.code] ?? 'Không thực hiện được';
}

/**
 * An error from the API as people should read it: its Vietnamese message; the rules that refused,
 * each with its legal citation; and, for a conflict, what happened and how to go on.
 */
export function ApiErrorNotice({ error, onReload }: { error: unknown; onReload?: () => void }) {
  if (!error) return null;
  if (!(error instanceof ApiError)) {
    return (
      <Notice tone="error" title="Đã xảy ra lỗi">
        {error instanceof Error ? error.message : String(error)}
      </Notice>
    );
  }
  if (error.isConflict) {
    return (
      <Notice tone="error" title="Hồ sơ vừa được người khác xử lý">
        <p>
          {error.message} Thao tác của bạn chưa được thực hiện. Nội dung bạn đã nhập vẫn được giữ nguyên trên
          màn hình.
        </p>
        {onReload ? (
          <button type="button" class="btn" onClick={onReload}>
            Tải lại hồ sơ mới nhất
          </button>
        ) : null}
      </Notice>
    );
  }
  return (
    <Notice tone="error" title={titleOf(error)}>
      <p>{error.message}</p>
      {error.refusals.length > 0 ? (
        <ul class="rules">
          {error.refusals.map((refusal) => (
            <li key={refusal.ruleId} class="failed">
              {refusal.message}
              <span class="citation">Căn cứ: {refusal.citation}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {error.issues.length > 0 && error.status !== 400 ? (
        <ul>
          {error.issues.map((issue) => (
            <li key={issue.path}>{issue.message}</li>
          ))}
        </ul>
      ) : null}
    </Notice>
  );
}
