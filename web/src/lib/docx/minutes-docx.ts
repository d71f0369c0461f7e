/**
 * Prints the council's records of a meeting (shared/domain/documents/meeting-minutes.ts) as
 * .docx, in the same Nghị định 30/2020/NĐ-CP layout as the decision drafts (A4, Times New Roman,
 * the two-column header): the biên bản's text, then its table of ballots, then the signatures.
 */
import {
  AlignmentType,
  type Document,
  type FileChild,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx';
import type { MinutesDocument } from '../../../../shared/domain/documents';
import {
  bodyParagraph,
  CELL_LINES,
  cell,
  centered,
  NO_BORDERS,
  ndDocument,
  ndHeader,
  PT,
  run,
  shortRule,
  TEXT_WIDTH,
} from './award-docx';

/** The ballots, one row each, the header repeated on each page. */
function ballots(doc: MinutesDocument): Table {
  const widths = [500, 1700, 1300, 900, 600, 600, 700, 700, 700, 0];
  widths[9] = TEXT_WIDTH - widths.slice(0, 9).reduce((a, b) => a + b, 0);
  const tableCell = (text: string, width: number, bold: boolean) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      borders: CELL_LINES,
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [run(text, { bold, size: PT.recipients })],
        }),
      ],
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        children: doc.table.columns.map((c, i) => tableCell(c, widths[i] ?? 600, true)),
      }),
      ...doc.table.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((c, i) => tableCell(c, widths[i] ?? 600, false)),
          }),
      ),
    ],
  });
}

/** Who kept the record (left) and who chaired (right), room for each signature. */
function signatures(doc: MinutesDocument): Table {
  const half = Math.round(TEXT_WIDTH / 2);
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [half, TEXT_WIDTH - half],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: doc.signatures.map((s, i) =>
          cell(i === 0 ? half : TEXT_WIDTH - half, [
            centered(s.title, { bold: true }),
            centered('(Ký, ghi rõ họ tên)', { italics: true }),
            ...Array.from({ length: 4 }, () => centered('')),
            centered(s.name, { bold: true }),
          ]),
        ),
      }),
    ],
  });
}

export function minutesDocx(doc: MinutesDocument): Document {
  const body: FileChild[] = [
    ndHeader(doc),
    new Paragraph({ spacing: { before: 240 }, children: [] }),
    centered(doc.typeName, { bold: true }),
    centered(doc.subject, { bold: true }),
    shortRule(TEXT_WIDTH, 0.25),
    ...doc.paragraphs.map((p) => bodyParagraph([run(p)])),
    ...(doc.kind === 'tally' ? [ballots(doc), new Paragraph({ spacing: { after: 240 }, children: [] })] : []),
    signatures(doc),
  ];
  return ndDocument(`${doc.typeName} ${doc.subject}`, body);
}

export const minutesDocxBlob = (doc: MinutesDocument): Promise<Blob> => Packer.toBlob(minutesDocx(doc));
