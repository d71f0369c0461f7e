/**
 * The statistical forms as an Excel workbook, a sheet per form, in the circular's layout: the
 * header block (form number, the circular, who reports and to whom), the title and period, the
 * table as `formGrid` lays it out (merged headers, borders), and the signatures.
 */
import type { Cell } from 'write-excel-file/browser';
import { FORMS_CIRCULAR, reportingYearOf } from '../../../shared/domain/reports/sector-forms';
import { sheetName } from './export-xlsx';
import { formatDate, todayInVietnam } from './format';
import {
  formGrid,
  type GridCell,
  type GridRow,
  type SectorForms,
  type SectorFormView,
} from './sector-form-grid';

/** A cell as write-excel-file takes it (a type only: the writer itself loads on export). */
type XlsxCell = Cell;

/**
 * "Năm 2026 (từ ngày 01/12/2025 đến ngày 30/11/2026)" for the sector's reporting year, else
 * "Từ ngày 01/01/2026 đến ngày 30/06/2026".
 */
export function periodWords(from: string, to: string): string {
  const span = `từ ngày ${formatDate(from)} đến ngày ${formatDate(to)}`;
  const year = reportingYearOf(from, to);
  return year ? `Năm ${year} (${span})` : `${span.charAt(0).toLocaleUpperCase('vi')}${span.slice(1)}`;
}

/** Who receives the report: the Bộ Nội vụ for a province, the province's Ban TĐKT for a Sở. */
export const receiverOf = (scope: SectorForms['scope']) =>
  scope === 'province' ? 'Bộ Nội vụ' : 'Ban Thi đua - Khen thưởng tỉnh';

const tableCell = (cell: GridCell | null): XlsxCell =>
  cell === null
    ? null
    : {
        value: cell.text,
        type: typeof cell.text === 'number' ? Number : String,
        ...(cell.colSpan ? { columnSpan: cell.colSpan } : {}),
        ...(cell.rowSpan ? { rowSpan: cell.rowSpan } : {}),
        ...(cell.bold ? { fontWeight: 'bold' } : {}),
        align: cell.align ?? 'left',
        alignVertical: 'center',
        wrap: true,
        borderStyle: 'thin',
      };

/** A line of text across `span` columns starting at the left or at the right half. */
function line(
  width: number,
  parts: readonly { text: string; half?: 'left' | 'right' | 'all'; style?: object }[],
) {
  const left = Math.ceil(width / 2);
  const row: XlsxCell[] = Array.from({ length: width }, () => null);
  for (const { text, half = 'all', style = {} } of parts) {
    const at = half === 'right' ? left : 0;
    const span = half === 'all' ? width : half === 'left' ? left : width - left;
    row[at] = { value: text, type: String, ...(span > 1 ? { columnSpan: span } : {}), wrap: true, ...style };
  }
  return row;
}

/** One form's sheet: its rows of cells and its column widths. */
export function formSheet(data: SectorForms, form: SectorFormView): { rows: XlsxCell[][]; widths: number[] } {
  const grid = formGrid(form);
  const w = grid.width;
  const bold = { fontWeight: 'bold' };
  const italic = { fontStyle: 'italic' };
  const centred = { align: 'center' };
  const rows: XlsxCell[][] = [
    line(w, [
      { text: form.number, half: 'left', style: bold },
      { text: `Đơn vị báo cáo: ${data.reportingUnit}`, half: 'right', style: { ...bold, ...centred } },
    ]),
    line(w, [
      { text: FORMS_CIRCULAR, half: 'left', style: italic },
      { text: `Đơn vị nhận báo cáo: ${receiverOf(data.scope)}`, half: 'right', style: centred },
    ]),
    line(w, []),
    line(w, [{ text: form.title, style: { ...bold, ...centred } }]),
    line(w, [{ text: periodWords(data.from, data.to), style: { ...italic, ...centred } }]),
    ...(form.countUnit
      ? [line(w, [{ text: form.countUnit, half: 'right', style: { ...italic, align: 'right' } }])]
      : []),
    ...[...grid.header, grid.numbers, ...grid.body].map((row: GridRow) => row.map(tableCell)),
    line(w, []),
    line(w, [{ text: '…………, ngày …… tháng …… năm ……', half: 'right', style: { ...italic, ...centred } }]),
    line(w, [
      { text: 'Người lập biểu', half: 'left', style: { ...bold, ...centred } },
      { text: 'Thủ trưởng đơn vị', half: 'right', style: { ...bold, ...centred } },
    ]),
    line(w, [
      { text: '(Ký, họ tên)', half: 'left', style: { ...italic, ...centred } },
      { text: '(Ký, họ tên, đóng dấu)', half: 'right', style: { ...italic, ...centred } },
    ]),
  ];
  const widths = [44, 8, ...(form.hasUnitColumn ? [12] : []), 10, ...form.columns.map(() => 13)];
  return { rows, widths };
}

/** Writes the three forms to one workbook (the writer is loaded only now). */
export async function exportSectorForms(data: SectorForms): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const sheets = data.forms.map((form) => {
    const { rows, widths } = formSheet(data, form);
    return { data: rows, sheet: sheetName(`Biểu ${form.id}`), columns: widths.map((width) => ({ width })) };
  });
  await writeXlsxFile(sheets).toFile(`bieu-thong-ke-tdkt-${data.from}-${data.to}-${todayInVietnam()}.xlsx`);
}
