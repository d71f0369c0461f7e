import { ConflictError } from '../../domain/errors';

/** A file with errors is refused whole (409) unless the user chose to leave its invalid rows. */
export function refuseIfInvalid(
  counts: { readonly new: number; readonly exists: number; readonly errors: number },
  skipInvalid: boolean | undefined,
): void {
  if (counts.errors > 0 && !skipInvalid)
    throw new ConflictError(
      'IMPORT_HAS_ERRORS',
      `Tệp còn ${counts.errors} dòng lỗi; hãy sửa tệp, hoặc chọn bỏ qua các dòng lỗi.`,
      counts,
    );
}
