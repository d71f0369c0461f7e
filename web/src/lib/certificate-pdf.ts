/**
 * Certificates as a PDF to print onto the province's phôi (`domain/documents/certificate.ts`): a
 * page per awardee at the phôi's paper size, each field's text where its blank is, shifted by the
 * printer's offset; and a test page that marks each field's box on plain paper, to hold against
 * the phôi before the first real print. The PDF writer and the font load only when one prints.
 */

import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSerif.ttf?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSerif-Bold.ttf?url';
import boldItalicUrl from 'dejavu-fonts-ttf/ttf/DejaVuSerif-BoldItalic.ttf?url';
import italicUrl from 'dejavu-fonts-ttf/ttf/DejaVuSerif-Italic.ttf?url';
import {
  CERTIFICATE_FIELD_LABELS,
  CERTIFICATE_FIELDS,
  type CertificateFieldLayout,
  type CertificateLayout,
  type CertificateText,
} from '../../../shared/domain/documents/certificate';
import { layoutLines, type Measure, PT_PER_MM } from './certificate-lines';

/** How far the printer puts the page from where it is asked to (mm; right and down are positive). */
export interface PrinterOffset {
  readonly xMm: number;
  readonly yMm: number;
}

async function fontBytes(url: string): Promise<ArrayBuffer> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Không tải được phông chữ để in (HTTP ${res.status}).`);
  return res.arrayBuffer();
}

/** A new PDF with the serif font in its four styles (Vietnamese glyphs included), subset on save. */
async function newDocument() {
  const [{ PDFDocument, rgb }, { default: fontkit }, ...fonts] = await Promise.all([
    import('pdf-lib'),
    import('@pdf-lib/fontkit'),
    ...[regularUrl, boldUrl, italicUrl, boldItalicUrl].map(fontBytes),
  ]);
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const [regular, bold, italic, boldItalic] = await Promise.all(
    fonts.map((bytes) => pdf.embedFont(bytes as ArrayBuffer, { subset: true })),
  );
  if (!regular || !bold || !italic || !boldItalic) throw new Error('Không nạp được phông chữ.');
  const fontOf = (f: Pick<CertificateFieldLayout, 'bold' | 'italic'>) =>
    f.bold ? (f.italic ? boldItalic : bold) : f.italic ? italic : regular;
  return { pdf, rgb, fontOf, regular };
}

type Doc = Awaited<ReturnType<typeof newDocument>>;
type Page = ReturnType<Doc['pdf']['addPage']>;

/** Draws one field's text, wrapped to its box, as `layoutLines` places it. */
function drawField(
  doc: Doc,
  page: Page,
  layout: CertificateLayout,
  f: CertificateFieldLayout,
  text: string,
  offset: PrinterOffset,
) {
  const font = doc.fontOf(f);
  const measure: Measure = (line, size) => font.widthOfTextAtSize(line, size);
  for (const line of layoutLines(text, f, layout.paper.heightMm, offset, measure))
    page.drawText(line.text, { x: line.xPt, y: line.yPt, size: f.sizePt, font });
}

const pageSize = (layout: CertificateLayout): [number, number] => [
  layout.paper.widthMm * PT_PER_MM,
  layout.paper.heightMm * PT_PER_MM,
];

/** One page per certificate, in the order given. */
export async function certificatesPdf(
  layout: CertificateLayout,
  certificates: readonly CertificateText[],
  offset: PrinterOffset,
): Promise<Uint8Array> {
  const doc = await newDocument();
  doc.pdf.setTitle('Bằng khen, giấy khen in trên phôi');
  for (const text of certificates) {
    const page = doc.pdf.addPage(pageSize(layout));
    for (const name of CERTIFICATE_FIELDS)
      drawField(doc, page, layout, layout.fields[name], text[name], offset);
  }
  return doc.pdf.save();
}

/**
 * The test page: the paper's edge, a centimetre grid, and each field's box with its name and a
 * sample, shifted by the offset like the real print, to hold against a phôi under the light.
 */
export async function testPagePdf(
  layout: CertificateLayout,
  sample: CertificateText,
  offset: PrinterOffset,
): Promise<Uint8Array> {
  const doc = await newDocument();
  doc.pdf.setTitle('Trang in thử vị trí trên phôi');
  const page = doc.pdf.addPage(pageSize(layout));
  const [w, h] = pageSize(layout);
  const grey = doc.rgb(0.75, 0.75, 0.75);
  const blue = doc.rgb(0.05, 0.3, 0.6);
  for (let x = 0; x <= layout.paper.widthMm; x += 10)
    page.drawLine({
      start: { x: x * PT_PER_MM, y: 0 },
      end: { x: x * PT_PER_MM, y: h },
      thickness: x % 50 ? 0.2 : 0.6,
      color: grey,
    });
  for (let y = 0; y <= layout.paper.heightMm; y += 10)
    page.drawLine({
      start: { x: 0, y: h - y * PT_PER_MM },
      end: { x: w, y: h - y * PT_PER_MM },
      thickness: y % 50 ? 0.2 : 0.6,
      color: grey,
    });
  for (const name of CERTIFICATE_FIELDS) {
    const f = layout.fields[name];
    const x = (f.xMm + offset.xMm) * PT_PER_MM;
    const top = h - (f.yMm + offset.yMm) * PT_PER_MM;
    const height = f.sizePt * 1.35;
    page.drawRectangle({
      x,
      y: top - height,
      width: f.widthMm * PT_PER_MM,
      height,
      borderColor: blue,
      borderWidth: 0.8,
    });
    page.drawText(`${CERTIFICATE_FIELD_LABELS[name]} (x ${f.xMm} mm, y ${f.yMm} mm)`, {
      x,
      y: top + 2,
      size: 7,
      font: doc.regular,
      color: blue,
    });
    drawField(doc, page, layout, f, sample[name], offset);
  }
  return doc.pdf.save();
}
