import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readWorkbook, WorkbookError } from '../../../shared/files/workbook';
import { oleFile, withSheetXml, xlsx } from '../../support/xlsx';

const problemOf = async (bytes: Uint8Array) => {
  const error = await readWorkbook(bytes).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(WorkbookError);
  return { problem: (error as WorkbookError).problem, message: (error as WorkbookError).message };
};

describe('reading a workbook', () => {
  it('gives the cells at their sheet coordinates, title lines and blank rows kept', async () => {
    const { cells, merged } = await readWorkbook(
      await xlsx([
        [{ value: 'DANH SÁCH CÁN BỘ' }],
        [null],
        [{ value: 'Họ tên' }, { value: 'Ngày' }],
        [{ value: 'Lê Văn A' }, { value: new Date(Date.UTC(2020, 2, 1)), type: Date, format: 'dd/mm/yyyy' }],
      ]),
    );
    expect(merged).toEqual([]);
    expect(cells[0]?.[0]).toBe('DANH SÁCH CÁN BỘ');
    expect(cells[2]).toEqual(['Họ tên', 'Ngày']);
    expect(cells[3]).toEqual(['Lê Văn A', '2020-03-01']);
  });

  it("fills a merged range with its first cell's value (a unit merged down its staff)", async () => {
    const { cells, merged } = await readWorkbook(
      await xlsx([
        [{ value: 'Họ tên' }, { value: 'Đơn vị' }],
        [{ value: 'A' }, { value: 'Văn phòng Sở', rowSpan: 3 }],
        [{ value: 'B' }, null],
        [{ value: 'C' }, null],
        [{ value: 'D' }, { value: 'Phòng Tổ chức' }],
      ]),
    );
    expect(merged).toEqual(['B2:B4']);
    expect(cells.map((row) => row[1])).toEqual([
      'Đơn vị',
      'Văn phòng Sở',
      'Văn phòng Sở',
      'Văn phòng Sở',
      'Phòng Tổ chức',
    ]);
  });

  it('reads a formula by the value Excel computed and saved', async () => {
    const bytes = withSheetXml(await xlsx([[{ value: 'Năm' }], [{ value: 2024, type: Number }]]), (xml) =>
      xml.replace('<v>2024</v>', '<f>2020+4</f><v>2024</v>'),
    );
    expect((await readWorkbook(bytes)).cells[1]).toEqual([2024]);
  });

  it('refuses a formula never computed, or computed to an error, naming the cells', async () => {
    const base = await xlsx([
      [{ value: 'Năm' }, { value: 'Số' }],
      [
        { value: 2024, type: Number },
        { value: 1, type: Number },
      ],
    ]);
    const uncomputed = withSheetXml(base, (xml) => xml.replace('<v>2024</v>', '<f>2020+4</f>'));
    expect(await problemOf(uncomputed)).toEqual({
      problem: 'formula_without_value',
      message: expect.stringContaining('Ô A2 có công thức'),
    });
    const failed = withSheetXml(base, (xml) =>
      xml.replace(/<c r="B2"([^>]*)><v>1<\/v>/, '<c r="B2"$1 t="e"><f>1/0</f><v>#DIV/0!</v>'),
    );
    expect(await problemOf(failed)).toMatchObject({ problem: 'formula_without_value' });
    expect((await problemOf(failed)).message).toContain('Ô B2');
  });

  it('refuses a password-protected workbook, an old .xls, and what is not a workbook', async () => {
    expect(await problemOf(oleFile())).toEqual({
      problem: 'protected_or_xls',
      message: expect.stringContaining('mật khẩu'),
    });
    expect((await problemOf(strToU8('%PDF-1.7\n'))).problem).toBe('not_a_workbook');
    expect((await problemOf(new Uint8Array())).problem).toBe('not_a_workbook');
  });

  it('refuses a ZIP that holds no sheet, and a damaged file', async () => {
    expect((await problemOf(zipSync({ 'a.txt': strToU8('x') }))).problem).toBe('unreadable');
    const good = await xlsx([[{ value: 'x' }]]);
    expect((await problemOf(good.slice(0, good.length / 2))).problem).toBe('unreadable');
  });
});
