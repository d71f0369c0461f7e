import type { EligibilityView } from '../../api/types';
import { formatDate } from '../../lib/format';

const STATUS_TEXT = {
  passed: 'Đạt',
  failed: 'Không đạt',
  needs_evidence: 'Cần minh chứng',
  forwarded: 'Trình cấp trên',
  record: 'Hồ sơ lưu trữ',
} as const;

/** Every rule the award is judged by, with its result and the article it rests on. */
export function EligibilityPanel({
  eligibility,
  pending,
}: {
  eligibility?: EligibilityView | undefined;
  pending?: boolean;
}) {
  return (
    <section aria-labelledby="eligibility-title" aria-live="polite">
      <h2 id="eligibility-title">Kiểm tra điều kiện</h2>
      {!eligibility ? (
        <p class="meta">{pending ? 'Đang kiểm tra…' : 'Kết quả hiện ra khi bản nháp được lưu.'}</p>
      ) : (
        <>
          <p>
            <strong
              class={`badge ${eligibility.verdict === 'eligible' ? 'badge-ok' : eligibility.verdict === 'ineligible' ? 'badge-bad' : 'badge-back'}`}
            >
              {eligibility.verdictLabel}
            </strong>{' '}
            <span class="meta">
              theo quy định áp dụng ngày {formatDate(eligibility.decisionDate)}
              {pending ? ' · đang cập nhật…' : ''}
            </span>
          </p>
          <ul class="rules">
            {eligibility.results.map((r) => (
              <li key={r.ruleId} class={r.status}>
                <strong>{STATUS_TEXT[r.status]}:</strong> {r.message}
                <span class="citation">
                  Căn cứ: {r.citation}
                  {r.confirmed ? '' : ' (mặc định, có thể điều chỉnh theo quy định của tỉnh)'}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
