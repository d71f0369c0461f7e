import { listSignedCopies, requestSignedCopyUpload } from '../../../shared/http/routes/files';
import { api } from '../api/client';
import { hasRole, useMe } from '../lib/me';
import { useLoad } from '../lib/use-load';
import { ApiErrorNotice } from '../ui/api-error';
import { FileActions } from './dossier-files-panel';
import { FileDrop } from './file-drop';
import type { DossierFileView } from './upload';

/** Who reads a decision's files, and who attaches its signed copy: the route table's (the API checks the issuer). */
const READERS = listSignedCopies.roles;
const ATTACHERS = requestSignedCopyUpload.roles;

/**
 * The signed Quyết định (or tờ trình): its scan or signed PDF kept with the record, to preview
 * or download; the issuer's staff attach it (a newer copy takes the place of the one shown).
 */
export function SignedCopy({ documentId, number }: { documentId: string; number: string }) {
  const me = useMe();
  const base = `/decisions/${documentId}`;
  const reads = READERS.some((role) => hasRole(me, role));
  const files = useLoad(
    (signal) =>
      reads
        ? api.get<{ items: DossierFileView[] }>(`${base}/files`, { signal }).then((r) => r.items)
        : Promise.resolve([] as DossierFileView[]),
    [base, reads],
  );
  if (!reads) return null;
  const current = files.data?.at(-1);
  return (
    <div class="signed-copy">
      <p>
        <strong>Bản ký:</strong>{' '}
        {current ? (
          <>
            {current.fileName} <FileActions base={base} file={current} />
          </>
        ) : (
          <span class="meta">chưa đính kèm.</span>
        )}
      </p>
      <ApiErrorNotice error={files.error} />
      {ATTACHERS.some((role) => hasRole(me, role)) ? (
        <FileDrop target={{ base }} label={`Bản ký của văn bản số ${number}`} onUploaded={files.reload} />
      ) : null}
    </div>
  );
}
