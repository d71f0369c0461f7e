import { useState } from 'preact/hooks';
import { SO_AND_PROVINCE } from '../../../shared/http/routes/nomination-params';
import { downloadDraftDocx } from '../lib/export-docx';
import { hasRole, useMe } from '../lib/me';
import { ApiErrorNotice } from './api-error';

/** Who may read a decision or tờ trình (`GET /decisions/{id}`): the Sở and the province. */
const READERS = SO_AND_PROVINCE;

/**
 * "Tải dự thảo (.docx)": the recorded decision or tờ trình as a Word draft laid out per Nghị
 * định 30/2020/NĐ-CP, for the official to complete and print. Shown only to those who may read it.
 */
export function DraftDownload({ documentId }: { documentId: string }) {
  const me = useMe();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  if (!hasRole(me, ...READERS)) return null;
  const download = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await downloadDraftDocx(documentId);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" class="btn" disabled={busy} onClick={() => void download()}>
        {busy ? 'Đang tạo dự thảo…' : 'Tải dự thảo (.docx)'}
      </button>
      <ApiErrorNotice error={error} />
    </>
  );
}
