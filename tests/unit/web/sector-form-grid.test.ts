import { describe, expect, it } from 'vitest';
import { form0601, form0602, form0603 } from '../../../shared/domain/reports/sector-forms';
import { formSheet, periodWords } from '../../../web/src/lib/export-sector-forms';
import { formGrid, type GridRow, type SectorForms } from '../../../web/src/lib/sector-form-grid';

/** The columns a row covers, its spans counted. */
const covered = (row: GridRow) => row.reduce((n, cell) => n + (cell ? (cell.colSpan ?? 1) : 0), 0);
const texts = (row: GridRow) => row.flatMap((cell) => (cell ? [cell.text] : []));

describe('a form laid out as the circular prints it', () => {
  it('merges the headers of 0602.N level by level under "Chia ra"', () => {
    const grid = formGrid(form0602([]));
    expect(grid.width).toBe(3 + 1 + 18);
    expect(grid.header).toHaveLength(4);
    expect(grid.header[0]?.[0]).toMatchObject({ text: '', rowSpan: 4 });
    expect(grid.header[0]?.[4]).toMatchObject({ text: 'Chia ra', colSpan: 18 });
    expect(grid.header[1]?.[4]).toMatchObject({ text: 'Các loại huân chương, huy chương', colSpan: 6 });
    expect(grid.header[2]?.[4]).toMatchObject({ text: 'Huân chương Lao động hạng Nhất', colSpan: 2 });
    expect(texts(grid.header[3] ?? []).slice(0, 6)).toEqual([
      'Tập thể',
      'Cá nhân',
      'Tập thể',
      'Cá nhân',
      'Tập thể',
      'Cá nhân',
    ]);
    // "Cờ thi đua của Chính phủ" has one level below it: that one spans down to the last header row.
    const flag = (grid.header[1] ?? []).findIndex((c) => c?.text === 'Cờ thi đua của Chính phủ');
    expect(grid.header[2]?.[flag]).toMatchObject({ text: 'Tập thể', rowSpan: 2 });
    expect(texts(grid.numbers)).toEqual(['A', 'B', 'C', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(grid.numbers[4]).toMatchObject({ text: '2', colSpan: 6 });
    for (const row of [...grid.header.slice(0, 1), grid.numbers, ...grid.body])
      expect(covered(row)).toBe(grid.width);
  });

  it('keeps single-level forms to two header rows, without a unit column where the form has none', () => {
    const f1 = formGrid(form0601([]));
    const f3 = formGrid(form0603([]));
    expect(f1.header).toHaveLength(2);
    expect(f1.width).toBe(2 + 1 + 3);
    expect(texts(f1.numbers)).toEqual(['A', 'B', '1', '2', '3', '4']);
    expect(f3.width).toBe(3 + 1 + 4);
    expect(f3.body.find((row) => row[1]?.text === '05')?.[2]?.text).toBe('Người');
  });

  it('writes a sheet with the header block, the table and the signatures, every row as wide as the table', () => {
    const data: SectorForms = {
      reportingUnit: 'Ủy ban nhân dân tỉnh Hà Tĩnh',
      scope: 'province',
      from: '2025-12-01',
      to: '2026-11-30',
      asOf: '2026-11-17',
      counted: { awards: 0, campaigns: 0 },
      forms: [form0603([])],
    };
    const form = data.forms[0];
    if (!form) throw new Error('no form');
    const { rows, widths } = formSheet(data, form);
    const values = rows.flatMap((row) =>
      row.flatMap((cell) =>
        cell && typeof cell === 'object' && 'value' in cell ? [String(cell.value)] : [],
      ),
    );
    expect(values).toEqual(
      expect.arrayContaining([
        'Biểu số: 0603.N/BNV-TĐKT',
        'Đơn vị báo cáo: Ủy ban nhân dân tỉnh Hà Tĩnh',
        'Đơn vị nhận báo cáo: Bộ Nội vụ',
        'Năm 2026 (từ ngày 01/12/2025 đến ngày 30/11/2026)',
        'Người lập biểu',
        'Thủ trưởng đơn vị',
      ]),
    );
    for (const row of rows) expect(row).toHaveLength(widths.length);
    expect(periodWords('2026-01-01', '2026-06-30')).toBe('Từ ngày 01/01/2026 đến ngày 30/06/2026');
  });
});
