import { ApiError } from '../api/client';
import { Notice } from './notice';

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
    <Notice tone="error" title={error.status === 422 ? 'Không đáp ứng quy định' : 'Không thực hiện được'}>
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
