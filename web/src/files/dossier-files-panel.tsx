import { useState } from 'preact/hooks';
import { DOSSIER_KIND_LABELS, type DossierKind } from '../../../shared/domain/dossier-kinds';
import { megabytes } from '../../../shared/domain/files/file-types';
import { api } from '../api/client';
import { formatDateTime } from '../lib/format';
import { useLoad } from '../lib/use-load';
import { ApiErrorNotice } from '../ui/api-error';
import { Dialog } from '../ui/dialog';
import { type DossierFileView, fileLink } from './upload';

/** Every file of a dossier (earlier versions too), loaded for the nomination. */
export function useDossierFiles(nominationId: string | undefined, refreshKey?: unknown) {
  return useLoad(
    (signal) =>
      nominationId
        ? api
            .get<{ items: DossierFileView[] }>(`/nominations/${nominationId}/files`, { signal })
            .then((r) => r.items)
        : Promise.resolve([] as DossierFileView[]),
    [nominationId, refreshKey],
  );
}

const previewable = (contentType: string) =>
  contentType === 'application/pdf' || contentType.startsWith('image/');

/** "Xem trước" (PDF and images, in a dialog) and "Tải xuống", each by a short-lived recorded link. */
export function FileActions({ base, file }: { base: string; file: DossierFileView }) {
  const [preview, setPreview] = useState<string | undefined>();
  const [error, setError] = useState<unknown>();
  const open = async (inline: boolean) => {
    setError(undefined);
    try {
      const link = await fileLink(base, file.fileId, inline);
      if (inline) setPreview(link.url);
      else window.location.assign(link.url);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <>
      {previewable(file.contentType) ? (
        <button
          type="button"
          class="btn"
          onClick={() => void open(true)}
          aria-label={`Xem trước ${file.fileName}`}
        >
          Xem trước
        </button>
      ) : null}{' '}
      <button
        type="button"
        class="btn"
        onClick={() => void open(false)}
        aria-label={`Tải xuống ${file.fileName}`}
      >
        Tải xuống
      </button>
      <ApiErrorNotice error={error} />
      <Dialog open={preview !== undefined} title={file.fileName} onClose={() => setPreview(undefined)}>
        {preview ? (
          file.contentType === 'application/pdf' ? (
            <iframe class="file-preview" src={preview} title={`Nội dung ${file.fileName}`} />
          ) : (
            <img class="file-preview" src={preview} alt={`Ảnh chụp ${file.fileName}`} />
          )
        ) : null}
        <div class="actions">
          <button type="button" class="btn" onClick={() => setPreview(undefined)}>
            Đóng
          </button>
        </div>
      </Dialog>
    </>
  );
}

/** The dossier's files as stored: current and earlier versions, who uploaded them and when. */
export function DossierFilesPanel({
  nominationId,
  files,
}: {
  nominationId: string;
  files: ReturnType<typeof useDossierFiles>;
}) {
  const items = files.data ?? [];
  return (
    <section class="card" aria-labelledby="files-title">
      <h2 id="files-title">Tệp hồ sơ</h2>
      <ApiErrorNotice error={files.error} />
      {items.length === 0 ? (
        <p>{files.loading ? 'Đang tải…' : 'Chưa có tệp nào được tải lên.'}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>Tệp đã tải lên ({items.length})</caption>
            <thead>
              <tr>
                <th scope="col">Tệp</th>
                <th scope="col">Tài liệu</th>
                <th scope="col">Dung lượng</th>
                <th scope="col">Tải lên</th>
                <th scope="col">Phiên bản</th>
                <th scope="col">Thao tác</th>
              </tr>
            </thead>
            <tbody>
              {items.map((file) => (
                <tr key={file.fileId}>
                  <th scope="row">{file.fileName}</th>
                  <td>
                    {DOSSIER_KIND_LABELS[file.kind as DossierKind] ?? file.kind}
                    {file.meetingId ? <div class="meta">Của Hội đồng, lưu theo phiên họp</div> : null}
                  </td>
                  <td>{megabytes(file.size)}</td>
                  <td>
                    {formatDateTime(file.uploadedAt)}
                    {file.uploadedBy.name ? <div class="meta">{file.uploadedBy.name}</div> : null}
                  </td>
                  <td>{file.current ? 'Hiện hành' : 'Bản trước'}</td>
                  <td>
                    <FileActions base={`/nominations/${nominationId}`} file={file} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
