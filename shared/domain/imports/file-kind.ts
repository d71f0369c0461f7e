/**
 * What a file chosen for import really is, from its first bytes (not its name): an .xlsx is a
 * ZIP package; a password-protected workbook, like an old .xls, is an OLE compound file; anything
 * else is not a workbook. Each gets its own Vietnamese message.
 */
export type SheetFileKind = 'xlsx' | 'protected_or_xls' | 'not_a_workbook';

export function sheetFileKind(head: Uint8Array): SheetFileKind {
  const starts = (bytes: readonly number[]) => bytes.every((b, i) => head[i] === b);
  if (starts([0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  if (starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'protected_or_xls';
  return 'not_a_workbook';
}

export const SHEET_FILE_MESSAGES: Readonly<Record<Exclude<SheetFileKind, 'xlsx'>, string>> = {
  protected_or_xls:
    'Tệp có mật khẩu hoặc là định dạng Excel cũ (.xls). Hãy mở tệp, bỏ mật khẩu và lưu lại dưới dạng Excel Workbook (.xlsx).',
  not_a_workbook: 'Tệp không phải bảng tính Excel (.xlsx). Hãy lưu lại dưới dạng Excel Workbook (.xlsx).',
};
