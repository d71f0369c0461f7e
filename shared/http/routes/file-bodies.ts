/** The bodies and params the file routes share: an upload request, a record request, a link. */
import * as z from 'zod/mini';
import { DOSSIER_KINDS } from '../../domain/dossier-kinds';
import { ALLOWED_CONTENT_TYPES } from '../../domain/files/file-types';
import { LIMITS } from '../../domain/forms/limits';
import { identifier, singleLineText } from '../../domain/forms/text';

export const UploadBody = z.strictObject({
  kind: z.enum(DOSSIER_KINDS),
  /** The name on the user's computer, kept for the download (NFC, one line). */
  fileName: singleLineText(255),
  contentType: z.enum(ALLOWED_CONTENT_TYPES as [string, ...string[]], {
    message: 'Chỉ nhận tệp PDF, ảnh JPEG/PNG, Word (.docx) hoặc Excel (.xlsx).',
  }),
  size: z.int().check(z.gte(1, { message: 'Tệp rỗng.' }), z.lte(1024 * 1024 * 1024)),
});

export const RecordBody = z.strictObject({
  uploadId: identifier(LIMITS.id),
  kind: z.enum(DOSSIER_KINDS),
  fileName: singleLineText(255),
});

export const FileParams = z.strictObject({ id: identifier(LIMITS.id), fileId: identifier(LIMITS.id) });
/** `inline`: to show in the browser (a preview), else to save. */
export const LinkBody = z.strictObject({ inline: z.optional(z.boolean()) });
