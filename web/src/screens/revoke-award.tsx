import { useState } from 'preact/hooks';
import { revokeDecision } from '../../../shared/http/routes/decisions';
import { api } from '../api/client';
import type { DocumentView, NominationDetail, NominationView, TimelineEntry } from '../api/types';
import { validate } from '../lib/form-issues';
import { formatDate } from '../lib/format';
import { awardName } from '../lib/labels';
import { useAction } from '../lib/use-action';
import { ApiErrorNotice } from '../ui/api-error';
import { Dialog } from '../ui/dialog';
import { ReasonField } from '../ui/reason-field';

/** The body the API parses a revocation with: the same schema, the same messages. */
const RevocationBody = (() => {
  const body = revokeDecision.body;
  if (!body) throw new Error('revoke-decision has no body schema');
  return body;
})();

/** The decision that granted an award, as far as it is known. */
type DecisionRecord = Partial<NonNullable<NonNullable<NominationView['records']>['decision']>>;

/** The decision that granted the award: recorded on the nomination, else named by the timeline. */
export function grantingDecision(
  nomination: NominationView,
  timeline: readonly TimelineEntry[],
): DecisionRecord | undefined {
  const recorded = nomination.records?.decision;
  if (recorded?.decisionId) return recorded;
  const event = [...timeline].reverse().find((e) => e.action === 'decide' || e.action === 'province_decide');
  const documentId = event?.data?.documentId;
  return typeof documentId === 'string' ? { decisionId: documentId } : undefined;
}

/**
 * The signer of a decision revokes one awardee from it (Luật TĐKT 2022, Điều 79): a revoking
 * decision with its reason, linked to the original, which stays as it was signed. Asked twice.
 */
export function RevokeAward({
  nomination,
  timeline,
  onDone,
}: {
  nomination: NominationDetail['nomination'];
  timeline: readonly TimelineEntry[];
  onDone: (message: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const { run, issues, setIssues, error, busy } = useAction();
  // The server says whether this person may revoke it now (the workflow table, role, ownership).
  const signer = nomination.allowedActions.includes('revoke');
  const decision = grantingDecision(nomination, timeline);
  if (!signer || !decision?.decisionId) return null;
  const decisionId = decision.decisionId;
  const revoke = async () => {
    const check = validate(RevocationBody, { nominationIds: [nomination.id], reason });
    if (!check.ok) {
      setIssues(check.issues);
      document.getElementById('f-reason')?.focus();
      return;
    }
    await run(
      (idempotencyKey) =>
        api.post<DocumentView>(`/decisions/${encodeURIComponent(decisionId)}/revocations`, {
          body: check.value,
          idempotencyKey,
        }),
      (doc) => {
        setOpen(false);
        setReason('');
        onDone(
          `Đã ký ${doc.kindLabel} số ${doc.number} ngày ${doc.signedOnLabel || formatDate(doc.signedOn)}.`,
        );
      },
    );
  };
  return (
    <>
      <div class="actions">
        <button type="button" class="btn btn-danger" onClick={() => setOpen(true)}>
          Hủy bỏ khen thưởng…
        </button>
      </div>
      <Dialog open={open} title="Hủy bỏ khen thưởng" onClose={() => setOpen(false)}>
        <p>
          Ký quyết định hủy bỏ {awardName(nomination.awardCode)} của{' '}
          <strong>{nomination.nominee.name}</strong> tại Quyết định
          {decision.number ? ` số ${decision.number}` : ''}
          {decision.signedOn ? ` ngày ${formatDate(decision.signedOn)}` : ''}. Quyết định gốc được giữ nguyên;
          quyết định hủy bỏ được ghi vào quá trình xử lý và thông báo cho đơn vị.
        </p>
        <ApiErrorNotice error={error} />
        <ReasonField
          name="reason"
          label="Lý do hủy bỏ"
          value={reason}
          onChange={setReason}
          error={issues.reason}
        />
        <div class="actions">
          <button type="button" class="btn btn-danger" disabled={busy} onClick={() => void revoke()}>
            {busy ? 'Đang ký…' : 'Xác nhận ký quyết định hủy bỏ'}
          </button>
          <button type="button" class="btn" onClick={() => setOpen(false)}>
            Quay lại
          </button>
        </div>
      </Dialog>
    </>
  );
}
