import * as z from 'zod/mini';
import { formatViDecimal } from '../format/vi-number';

/**
 * What a dossier file may be (Điều 84 Luật TĐKT 2022 asks for documents: scans and office
 * files), told by its content, never by its name: PDF, JPEG and PNG scans, Word and Excel files.
 */
export const FILE_TYPES = {
  pdf: { contentType: 'application/pdf', label: 'PDF' },
  jpeg: { contentType: 'image/jpeg', label: 'ảnh JPEG' },
  png: { contentType: 'image/png', label: 'ảnh PNG' },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word (.docx)',
  },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'Excel (.xlsx)',
  },
} as const;
export type FileType = keyof typeof FILE_TYPES;

export const ALLOWED_CONTENT_TYPES = Object.values(FILE_TYPES).map((t) => t.contentType);

export const fileTypeOfContentType = (contentType: string): FileType | undefined =>
  (Object.keys(FILE_TYPES) as FileType[]).find((t) => FILE_TYPES[t].contentType === contentType);

/**
 * Bounds a province may change (`FILE_LIMITS` in the function environment, from the province's
 * configuration): one file, and all the files of one dossier.
 */
export interface FileLimits {
  readonly maxFileBytes: number;
  readonly maxDossierBytes: number;
}
export const FileLimitsSchema = z.strictObject({
  maxFileBytes: z.int().check(z.gte(1024 * 1024), z.lte(100 * 1024 * 1024)),
  maxDossierBytes: z.int().check(z.gte(1024 * 1024), z.lte(1024 * 1024 * 1024)),
});

export const DEFAULT_FILE_LIMITS: FileLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxDossierBytes: 100 * 1024 * 1024,
};

/** How many leading bytes the content check reads (enough for an OOXML package's first names). */
export const SNIFF_BYTES = 4096;

const startsWith = (head: Uint8Array, bytes: readonly number[]) => bytes.every((b, i) => head[i] === b);
const ascii = (head: Uint8Array) => String.fromCharCode(...head.subarray(0, SNIFF_BYTES));

/**
 * The type a file's first bytes show: `executable` for a Windows or Linux program (refused
 * whatever its name), `undefined` for anything else not allowed. A Word or Excel file is a ZIP
 * package whose first entries name `word/` or `xl/`.
 */
export function sniffFileType(head: Uint8Array): FileType | 'executable' | undefined {
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(head, [0x4d, 0x5a]) || startsWith(head, [0x7f, 0x45, 0x4c, 0x46])) return 'executable';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    const names = ascii(head);
    if (names.includes('word/')) return 'docx';
    if (names.includes('xl/')) return 'xlsx';
  }
  return undefined;
}

/** `12.345.678 byte` → `11,8 MB`, for messages. */
export const megabytes = (bytes: number): string => `${formatViDecimal(bytes / 1024 / 1024, 1)} MB`;
