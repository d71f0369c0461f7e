/**
 * Prints a drafted decision or tờ trình (shared/domain/documents) as .docx, as Nghị định
 * 30/2020/NĐ-CP lays an administrative document out: A4, margins 20/20/30/15 mm, Times New Roman
 * 13–14 pt; the header a borderless two-column table (issuing body left, Quốc hiệu and Tiêu ngữ
 * right); the annex on a page of its own. Loaded only when someone downloads a draft: `docx` is
 * several times the app's own weight.
 */
import {
  AlignmentType,
  BorderStyle,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  type FileChild,
  type ICommentOptions,
  Packer,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { AwardDocument, DocumentLine } from '../../../../shared/domain/documents';

export const FONT = 'Times New Roman';
/** Half-points: 14 pt body, 13 pt header, 12 pt "Nơi nhận:", 11 pt recipients. */
export const PT = { body: 28, header: 26, recipientsHeading: 24, recipients: 22, table: 26 } as const;
/** Twips (1 mm ≈ 56.7). */
export const MM = (mm: number) => Math.round(mm * 56.7);
export const PAGE = { width: 11906, height: 16838, top: MM(20), bottom: MM(20), left: MM(30), right: MM(15) };
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
export const HEADER_LEFT = Math.round(TEXT_WIDTH * 0.4);
export const HEADER_RIGHT = TEXT_WIDTH - HEADER_LEFT;

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
export const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};
const LINE = { style: BorderStyle.SINGLE, size: 6, color: '000000' } as const;
export const CELL_LINES = { top: LINE, bottom: LINE, left: LINE, right: LINE };

interface RunStyle {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly underline?: boolean;
  readonly size?: number;
}

export const run = (text: string, style: RunStyle = {}, highlight = false) =>
  new TextRun({
    text,
    font: FONT,
    size: style.size ?? PT.body,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
    ...(style.underline ? { underline: {} } : {}),
    ...(highlight ? { highlight: 'yellow' } : {}),
  });

export const centered = (text: string, style: RunStyle = {}, spacingAfter = 0) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: spacingAfter },
    children: [run(text, style)],
  });

/** The short line NĐ 30 draws under the issuing body and under the trích yếu: a third to a half of the text's width. */
export const shortRule = (width: number, share = 0.4) => {
  const indent = Math.round((width * (1 - share)) / 2);
  return new Paragraph({
    indent: { left: indent, right: indent },
    spacing: { after: 120, line: 120 },
    border: { top: LINE },
    children: [],
  });
};

/**
 * Lines the official must complete: highlighted, with the note as a Word comment (not printed),
 * so nothing is signed with a "…" left in.
 */
class Placeholders {
  readonly comments: ICommentOptions[] = [];
  children(line: DocumentLine, style: RunStyle): ParagraphChild[] {
    if (!line.placeholder) return [run(line.text, style)];
    const id = this.comments.length;
    this.comments.push({
      id,
      author: 'tdkt',
      initials: 'TĐKT',
      date: new Date(0),
      children: [
        new Paragraph({ children: [new TextRun(line.note ?? 'Cán bộ soạn thảo bổ sung nội dung này.')] }),
      ],
    });
    return [
      new CommentRangeStart(id),
      run(line.text, style, true),
      new CommentRangeEnd(id),
      new TextRun({ children: [new CommentReference(id)] }),
    ];
  }
}

export const cell = (width: number, children: FileChild[], borders: object = NO_BORDERS) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders,
    children: children as Paragraph[],
  });

/**
 * The NĐ 30 header: issuing body (left) beside Quốc hiệu and Tiêu ngữ (right); the number (if
 * any) under the body, the place and date under the motto. Decisions, tờ trình and the council's
 * minutes share it.
 */
export function ndHeader(doc: {
  readonly issuer: { readonly parentBody?: string | undefined; readonly body: string };
  readonly nationalTitle: string;
  readonly motto: string;
  readonly numberLine?: string | undefined;
  readonly placeDate: string;
}): Table {
  const left: FileChild[] = [
    ...(doc.issuer.parentBody ? [centered(doc.issuer.parentBody, { size: PT.header })] : []),
    centered(doc.issuer.body, { bold: true, size: PT.header }),
    shortRule(HEADER_LEFT),
  ];
  const right: FileChild[] = [
    centered(doc.nationalTitle, { bold: true, size: PT.header }),
    centered(doc.motto, { bold: true, underline: true, size: PT.body }, 120),
  ];
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [HEADER_LEFT, HEADER_RIGHT],
    borders: NO_BORDERS,
    rows: [
      new TableRow({ children: [cell(HEADER_LEFT, left), cell(HEADER_RIGHT, right)] }),
      new TableRow({
        children: [
          cell(HEADER_LEFT, [centered(doc.numberLine ?? '', { size: PT.header })]),
          cell(HEADER_RIGHT, [centered(doc.placeDate, { italics: true, size: PT.body })]),
        ],
      }),
    ],
  });
}

export const bodyParagraph = (children: ParagraphChild[], spacingAfter = 120) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: MM(10) },
    spacing: { before: 0, after: spacingAfter, line: 312 },
    children,
  });

/** Nơi nhận (left) beside the signer's title, room for the signature, and the name (right). */
function closing(doc: AwardDocument, marks: Placeholders): Table {
  const left: FileChild[] = [
    new Paragraph({
      children: [run('Nơi nhận:', { bold: true, italics: true, size: PT.recipientsHeading })],
    }),
    ...doc.recipients.map(
      (line) => new Paragraph({ children: marks.children(line, { size: PT.recipients }) }),
    ),
  ];
  const right: FileChild[] = [
    ...doc.signature.titleLines.map((line) => centered(line, { bold: true })),
    ...Array.from({ length: 4 }, () => centered('')),
    doc.signature.namePlaceholder
      ? new Paragraph({
          alignment: AlignmentType.CENTER,
          children: marks.children(
            { text: doc.signature.name, placeholder: true, note: 'Ghi họ và tên người ký.' },
            { bold: true },
          ),
        })
      : centered(doc.signature.name, { bold: true }),
  ];
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [HEADER_LEFT, HEADER_RIGHT],
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: [cell(HEADER_LEFT, left), cell(HEADER_RIGHT, right)] })],
  });
}

/** The annex on a new page: title, reference to the document, the table with its header repeated on each page. */
function annex(doc: AwardDocument): FileChild[] {
  const money = doc.annex.money;
  // With tiền thưởng the name and unit columns give up room to the amount (right-aligned).
  const widths = money
    ? [600, 2400, 1500, 1800, TEXT_WIDTH - 600 - 2400 - 1500 - 1800 - 1500, 1500]
    : [700, 2900, 1800, 2000, TEXT_WIDTH - 700 - 2900 - 1800 - 2000];
  const tableCell = (text: string, width: number, style: RunStyle, align: 'center' | 'left' | 'right') =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      borders: CELL_LINES,
      verticalAlign: VerticalAlign.CENTER,
      children: [
        new Paragraph({
          alignment:
            align === 'center'
              ? AlignmentType.CENTER
              : align === 'right'
                ? AlignmentType.RIGHT
                : AlignmentType.LEFT,
          children: [run(text, { ...style, size: PT.table })],
        }),
      ],
    });
  const headerRow = new TableRow({
    tableHeader: true,
    children: doc.annex.columns.map((c, i) => tableCell(c, widths[i] ?? 1000, { bold: true }, 'center')),
  });
  const rows = doc.annex.rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: [String(r.no), r.name, r.position, r.unit, r.award, ...(money ? [r.amount ?? ''] : [])].map(
          (text, i) =>
            tableCell(text, widths[i] ?? 1000, {}, i === 0 ? 'center' : i === 5 ? 'right' : 'left'),
        ),
      }),
  );
  const totalRow = money
    ? [
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              columnSpan: 5,
              borders: CELL_LINES,
              children: [
                new Paragraph({
                  alignment: AlignmentType.RIGHT,
                  children: [run('Tổng cộng', { bold: true, size: PT.table })],
                }),
              ],
            }),
            tableCell(money.total, widths[5] ?? 1500, { bold: true }, 'right'),
          ],
        }),
      ]
    : [];
  return [
    new Paragraph({
      pageBreakBefore: true,
      alignment: AlignmentType.CENTER,
      children: [run(doc.annex.heading, { bold: true })],
    }),
    centered(doc.annex.title, { bold: true }),
    centered(doc.annex.reference, { italics: true }),
    shortRule(TEXT_WIDTH, 0.25),
    new Table({
      layout: TableLayoutType.FIXED,
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      rows: [headerRow, ...rows, ...totalRow],
    }),
    ...(money?.notes ?? []).map(
      (note) => new Paragraph({ children: [run(note, { italics: true, size: PT.table })] }),
    ),
  ];
}

/** The whole draft as a .docx document. */
export function awardDocx(doc: AwardDocument): Document {
  const marks = new Placeholders();
  const body: FileChild[] = [
    ndHeader(doc),
    new Paragraph({ spacing: { before: 240 }, children: [] }),
    centered(doc.typeName, { bold: true }),
    centered(doc.subject, { bold: true }),
    shortRule(TEXT_WIDTH, 0.25),
  ];
  if (doc.authority) body.push(centered(doc.authority, { bold: true }, 240));
  if (doc.addressee) {
    body.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 240 },
        children: marks.children(doc.addressee, {}),
      }),
    );
  }
  for (const ground of doc.grounds) {
    body.push(bodyParagraph(marks.children(ground, { italics: doc.kind === 'decision' })));
  }
  if (doc.enacting) body.push(centered(doc.enacting, { bold: true }, 120));
  for (const article of doc.articles) {
    body.push(bodyParagraph([run(`${article.heading} `, { bold: true }), run(article.text)]));
    for (const item of article.items ?? []) body.push(bodyParagraph([run(item)]));
  }
  for (const paragraph of doc.paragraphs) body.push(bodyParagraph(marks.children(paragraph, {})));
  body.push(new Paragraph({ children: [] }), closing(doc, marks), ...annex(doc));
  return ndDocument(`${doc.typeName} ${doc.number}`, body, marks.comments);
}

/** A draft on A4 with NĐ 30's margins and font, one section: what every document here prints as. */
export function ndDocument(title: string, children: FileChild[], comments: ICommentOptions[] = []): Document {
  return new Document({
    creator: 'tdkt',
    title,
    description: 'Dự thảo theo Nghị định 30/2020/NĐ-CP',
    styles: { default: { document: { run: { font: FONT, size: PT.body } } } },
    comments: { children: comments },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
          },
        },
        children,
      },
    ],
  });
}

/** The .docx file's bytes. */
export const awardDocxBlob = (doc: AwardDocument): Promise<Blob> => Packer.toBlob(awardDocx(doc));
