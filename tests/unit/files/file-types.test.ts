import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sniffFileType } from '../../../shared/domain/files/file-types';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('the real type of a dossier file', () => {
  it('is read from its first bytes', () => {
    expect(sniffFileType(strToU8('%PDF-1.4\n'))).toBe('pdf');
    expect(sniffFileType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('jpeg');
    expect(sniffFileType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('png');
    expect(
      sniffFileType(
        zipSync({ '[Content_Types].xml': strToU8('<x/>'), 'word/document.xml': strToU8('<w/>') }),
      ),
    ).toBe('docx');
    expect(
      sniffFileType(zipSync({ '[Content_Types].xml': strToU8('<x/>'), 'xl/workbook.xml': strToU8('<w/>') })),
    ).toBe('xlsx');
  });

  it('names programs, and gives nothing for other archives and text', () => {
    expect(sniffFileType(bytes(0x4d, 0x5a, 0x90, 0))).toBe('executable');
    expect(sniffFileType(bytes(0x7f, 0x45, 0x4c, 0x46))).toBe('executable');
    expect(sniffFileType(zipSync({ 'a.txt': strToU8('x') }))).toBeUndefined();
    expect(sniffFileType(strToU8('Tờ trình'))).toBeUndefined();
    expect(sniffFileType(new Uint8Array())).toBeUndefined();
  });
});
