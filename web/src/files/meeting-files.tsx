import {
  DOSSIER_KIND_LABELS,
  MEETING_FILE_KINDS,
  type MeetingFileKind,
} from '../../../shared/domain/dossier-kinds';
import { api } from '../api/client';
import { formatDateTime } from '../lib/format';
import { useLoad } from '../lib/use-load';
import { ApiErrorNotice } from '../ui/api-error';
import { FileActions } from './dossier-files-panel';
import { FileDrop } from './file-drop';
import type { DossierFileView } from './upload';

const SIGNED_LABELS: Readonly<Record<MeetingFileKind, string>> = {
  review_minutes: 'Biên bản họp (bản đã ký)',
  vote_tally: 'Biên bản kiểm phiếu (bản đã ký)',
};

/**
 * A closed meeting's signed records, kept with it: the minutes and the tally as the chair and the
 * secretary signed them (scan or signed PDF). Once kept, each is an item of every dossier on the
 * agenda. Its convener attaches them; a newer copy of a kind takes the place of the one shown.
 */
export function MeetingFiles({ base, canAttach }: { base: string; canAttach: boolean }) {
  const files = useLoad(
    (signal) => api.get<{ items: DossierFileView[] }>(`${base}/files`, { signal }).then((r) => r.items),
    [base],
  );
  const current = (kind: MeetingFileKind) => files.data?.filter((f) => f.kind === kind && f.current).at(-1);
  return (
    <div class="meeting-files">
      <h3>Bản ký lưu vào hồ sơ</h3>
      <p class="meta">
        Bản đã ký được lưu cùng phiên họp và trở thành thành phần hồ sơ của mọi đề nghị trong chương trình (
        {DOSSIER_KIND_LABELS.review_minutes.toLowerCase()}; {DOSSIER_KIND_LABELS.vote_tally.toLowerCase()}).
      </p>
      <ApiErrorNotice error={files.error} />
      <ul class="rules" aria-label="Bản ký của phiên họp">
        {MEETING_FILE_KINDS.map((kind) => {
          const file = current(kind);
          return (
            <li key={kind} class={file ? 'passed' : 'needs_evidence'}>
              {file ? '✓ Đã lưu: ' : '○ Chưa lưu: '}
              {SIGNED_LABELS[kind]}
              {file ? (
                <>
                  {' '}
                  — <strong>{file.fileName}</strong>{' '}
                  <span class="meta">
                    ({formatDateTime(file.uploadedAt)}
                    {file.uploadedBy.name ? `, ${file.uploadedBy.name}` : ''})
                  </span>{' '}
                  <FileActions base={base} file={file} />
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
      {canAttach
        ? MEETING_FILE_KINDS.map((kind) => (
            <fieldset key={kind} class="field">
              <legend>{SIGNED_LABELS[kind]}</legend>
              <FileDrop target={{ base, kind }} label={SIGNED_LABELS[kind]} onUploaded={files.reload} />
            </fieldset>
          ))
        : null}
    </div>
  );
}
