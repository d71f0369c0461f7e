import * as z from 'zod/mini';
import { DOSSIER_KINDS } from '../dossier-kinds';
import { isoDate } from './date';
import { LIMITS } from './limits';
import { documentNumber, singleLineText } from './text';

export { DOSSIER_KIND_LABELS, DOSSIER_KINDS, type DossierKind } from '../dossier-kinds';

/** Evidence must be the original or a certified copy (bản chính / bản sao chứng thực). */
export const DOCUMENT_COPIES = ['original', 'certified_copy'] as const;
export type DocumentCopy = (typeof DOCUMENT_COPIES)[number];

/**
 * Storage key of an uploaded file: relative, no `..`, no leading slash, a safe character set.
 * The key is opaque to the domain; the store decides where it points.
 */
export const fileRef = z
  .string()
  .check(
    z.trim(),
    z.minLength(1),
    z.maxLength(LIMITS.fileRef),
    z.regex(/^(?!.*\.\.)[A-Za-z0-9][A-Za-z0-9._/-]*$/, { message: 'Tham chiếu tệp không hợp lệ.' }),
  );

/** One document of the dossier. */
export const DossierItemSchema = z.strictObject({
  kind: z.enum(DOSSIER_KINDS),
  title: singleLineText(LIMITS.title),
  fileRef,
  /** Số, ký hiệu when the document has one (a report or minutes may not). */
  documentNumber: z.optional(documentNumber(LIMITS.documentNumber)),
  issuedOn: isoDate,
  copy: z.enum(DOCUMENT_COPIES),
});

export type DossierItem = z.output<typeof DossierItemSchema>;
export type DossierItemInput = z.input<typeof DossierItemSchema>;
