import { todayInVietnam } from './format';

export interface ExportColumn<T> {
  readonly header: string;
  readonly width?: number;
  readonly value: (row: T) => string | number | undefined;
}

/**
 * A title as Excel accepts a sheet's name: none of : \ / ? * [ ], no apostrophe at either end,
 * 1 to 31 characters ("Thuộc thẩm quyền Giám đốc Sở: ký quyết định" → "Thuộc thẩm quyền Giám đốc Sở").
 * Excel refuses to open a file that breaks these, and the writer throws on them.
 */
export function sheetName(title: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(/\s*[:\\/?*[\]]+\s*/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 31)
    .replace(/^['\s-]+|['\s-]+$/g, '');
  return cleaned || 'Danh sách';
}

/**
 * Writes a list as an .xlsx file. The writer is loaded only when someone exports, so its weight
 * never slows the first screen on a provincial connection.
 */
export async function exportXlsx<T>(
  baseName: string,
  sheet: string,
  columns: readonly ExportColumn<T>[],
  rows: readonly T[],
): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const header = columns.map((c) => ({ value: c.header, fontWeight: 'bold' as const }));
  const body = rows.map((row) =>
    columns.map((c) => {
      const value = c.value(row);
      return value === undefined
        ? null
        : typeof value === 'number'
          ? { value, type: Number }
          : { value, type: String };
    }),
  );
  await writeXlsxFile([header, ...body], {
    sheet: sheetName(sheet),
    columns: columns.map((c) => ({ width: c.width ?? 20 })),
    stickyRowsCount: 1,
  }).toFile(`${baseName}-${todayInVietnam()}.xlsx`);
}
