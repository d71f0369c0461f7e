import { useRef, useState } from 'preact/hooks';
import { ALLOWED_CONTENT_TYPES } from '../../../shared/domain/files/file-types';
import { type DossierFileView, type FileTarget, UploadError, uploadFile } from './upload';

const ACCEPT = ['.pdf', '.jpg', '.jpeg', '.png', '.docx', '.xlsx', ...ALLOWED_CONTENT_TYPES].join(',');

/**
 * Drop a file here or pick one: it goes straight to the bucket with a progress bar, is checked
 * by the API, and `onUploaded` gets the registered file. A failure says why and, when trying
 * again may help, offers to.
 */
export function FileDrop({
  target,
  label,
  onUploaded,
  disabled = false,
}: {
  target: FileTarget;
  /** Names the control for assistive technology ("Tệp của Tài liệu 2"). */
  label: string;
  onUploaded: (file: DossierFileView) => void;
  disabled?: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [progress, setProgress] = useState<number | undefined>();
  const [failure, setFailure] = useState<{ message: string; file?: File } | undefined>();
  const send = async (file: File) => {
    setFailure(undefined);
    setProgress(0);
    try {
      onUploaded(await uploadFile(target, file, setProgress));
    } catch (error) {
      const retry = error instanceof UploadError ? error.retry : true;
      setFailure({
        message: error instanceof Error ? error.message : 'Không tải được tệp lên.',
        ...(retry ? { file } : {}),
      });
    } finally {
      setProgress(undefined);
    }
  };
  const busy = progress !== undefined;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is a pointer shortcut; the "Chọn tệp…" button inside is the keyboard and screen-reader path.
    <div
      class={`file-drop${over ? ' over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        if (!disabled && !busy) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer?.files[0];
        if (file && !disabled && !busy) void send(file);
      }}
    >
      <p class="meta">
        Kéo thả tệp vào đây, hoặc{' '}
        <button type="button" class="btn" disabled={disabled || busy} onClick={() => input.current?.click()}>
          Chọn tệp…
        </button>{' '}
        (PDF, ảnh JPEG/PNG, Word hoặc Excel)
      </p>
      <input
        ref={input}
        type="file"
        class="visually-hidden"
        aria-label={label}
        accept={ACCEPT}
        disabled={disabled || busy}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void send(file);
        }}
      />
      {busy ? (
        <p role="status">
          <progress max={1} value={progress} aria-label={`Đang tải lên: ${label}`} />{' '}
          {Math.round((progress ?? 0) * 100)} %
        </p>
      ) : null}
      {failure ? (
        <p class="field-error" role="alert">
          {failure.message}{' '}
          {failure.file ? (
            <button type="button" class="btn" onClick={() => failure.file && void send(failure.file)}>
              Thử lại
            </button>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
