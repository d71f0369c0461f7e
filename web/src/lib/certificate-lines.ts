/**
 * Where each line of a certificate field goes on the page: the text wrapped to the field's box
 * (at spaces), each line centred or left-aligned in it, from the box's top edge down. Pure, so
 * the layout is tested without a PDF; the writer (`certificate-pdf.ts`) draws what it returns.
 */
import type { CertificateFieldLayout } from '../../../shared/domain/documents/certificate';

/** Points per millimetre (a point is 1/72 inch). */
export const PT_PER_MM = 72 / 25.4;

/** The width of `text` at `size` points in the field's font, in points. */
export type Measure = (text: string, size: number) => number;

export interface PlacedLine {
  readonly text: string;
  /** Left edge of the line, points from the page's left. */
  readonly xPt: number;
  /** Baseline, points from the page's bottom (PDF coordinates). */
  readonly yPt: number;
}

/** The words of `text` in lines no wider than `width` points (a longer word stands alone). */
export function wrap(text: string, size: number, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.normalize('NFC').split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** The lines of a field's text as placed on a page `paperHeightMm` tall, shifted by the printer's offset. */
export function layoutLines(
  text: string,
  field: CertificateFieldLayout,
  paperHeightMm: number,
  offset: { readonly xMm: number; readonly yMm: number },
  measure: Measure,
): PlacedLine[] {
  const width = field.widthMm * PT_PER_MM;
  const left = (field.xMm + offset.xMm) * PT_PER_MM;
  const top = (paperHeightMm - field.yMm - offset.yMm) * PT_PER_MM;
  const lineHeight = field.sizePt * 1.3;
  return wrap(text, field.sizePt, width, measure).map((line, i) => ({
    text: line,
    xPt: field.align === 'center' ? left + (width - measure(line, field.sizePt)) / 2 : left,
    // The first baseline sits one ascent (about 0,8 em) below the box's top.
    yPt: top - field.sizePt * 0.8 - i * lineHeight,
  }));
}
