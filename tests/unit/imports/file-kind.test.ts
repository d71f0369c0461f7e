import { describe, expect, it } from 'vitest';
import { sheetFileKind } from '../../../shared/domain/imports/file-kind';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('what a chosen file really is', () => {
  it('tells an .xlsx (a ZIP package) from a password-protected or old .xls workbook and from anything else', () => {
    expect(sheetFileKind(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00))).toBe('xlsx');
    expect(sheetFileKind(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00))).toBe(
      'protected_or_xls',
    );
    expect(sheetFileKind(new TextEncoder().encode('Họ tên,Đơn vị\n'))).toBe('not_a_workbook');
    expect(sheetFileKind(bytes(0x25, 0x50, 0x44, 0x46))).toBe('not_a_workbook');
    expect(sheetFileKind(bytes())).toBe('not_a_workbook');
  });
});
