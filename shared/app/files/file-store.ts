/** The dossier bucket, as the file use cases see it (`shared/files/s3-file-store.ts` in production). */
export interface PresignedUpload {
  readonly url: string;
  /** The form fields to send before the file, as S3 signed them. */
  readonly fields: Readonly<Record<string, string>>;
}

export interface StoredObject {
  readonly size: number;
  readonly contentType?: string;
}

export interface FileStore {
  /** A browser POST to `key` only, of `contentType` only, at most `maxBytes`, for `expiresInSeconds`. */
  presignUpload(
    key: string,
    bounds: { readonly contentType: string; readonly maxBytes: number; readonly expiresInSeconds: number },
  ): Promise<PresignedUpload>;
  head(key: string): Promise<StoredObject | undefined>;
  /** The object's first `bytes` bytes (its content check). */
  readStart(key: string, bytes: number): Promise<Uint8Array>;
  copy(from: string, to: string): Promise<void>;
  remove(key: string): Promise<void>;
  /** A short-lived GET of `key`, named `fileName`, shown in the browser (`inline`) or saved. */
  presignDownload(
    key: string,
    options: {
      readonly fileName: string;
      readonly contentType: string;
      readonly inline: boolean;
      readonly expiresInSeconds: number;
    },
  ): Promise<string>;
}
