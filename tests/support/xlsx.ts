/** Real .xlsx files for the import tests, written as a spreadsheet program writes them. */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/node';

/** Rows of cells as `write-excel-file` takes them (`null` leaves a cell empty). */
export type SheetData = readonly (readonly (Record<string, unknown> | null)[])[];

export async function xlsx(data: SheetData): Promise<Uint8Array> {
  const file = writeXlsxFile(data as never) as unknown as { toBuffer(): Promise<Buffer> };
  return new Uint8Array(await file.toBuffer());
}

/** The same workbook with its first sheet's XML changed: what Excel writes and the writer cannot. */
export function withSheetXml(bytes: Uint8Array, change: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  const name = 'xl/worksheets/sheet1.xml';
  files[name] = strToU8(change(strFromU8(files[name] as Uint8Array)));
  return zipSync(files);
}

/** An OLE compound file's signature: how a password-protected workbook (or an old .xls) starts. */
export function oleFile(): Uint8Array {
  const bytes = new Uint8Array(512);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return bytes;
}

export const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
