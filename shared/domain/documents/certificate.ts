/**
 * Certificates printed onto the province's pre-printed forms (phôi Bằng khen, phôi Giấy khen):
 * the phôi carries the national emblem, the issuer's title and the frame; the system prints only
 * the text that differs per awardee, each field where the province's form has its blank. Where
 * each field goes, and the paper, are configuration (a province's phôi differ); the defaults fit
 * the common layouts and are checked with a test page before the first real print.
 */
import * as z from 'zod/mini';
import type { AwardCode } from '../vocabulary';
import { documentDate } from './date-line';

/** The forms the system prints: the province's Bằng khen and a Sở's Giấy khen. */
export const CERTIFICATE_AWARDS = ['BK_TINH', 'GIAY_KHEN'] as const satisfies readonly AwardCode[];
export type CertificateAward = (typeof CERTIFICATE_AWARDS)[number];

export const CERTIFICATE_FIELDS = [
  'recipient',
  'detail',
  'achievement',
  'placeDate',
  'signer',
  'decision',
] as const;
export type CertificateField = (typeof CERTIFICATE_FIELDS)[number];

export const CERTIFICATE_FIELD_LABELS: Readonly<Record<CertificateField, string>> = {
  recipient: 'Họ tên cá nhân / tên tập thể',
  detail: 'Chức vụ, đơn vị',
  achievement: 'Thành tích',
  placeDate: 'Địa danh, ngày tháng năm',
  signer: 'Họ tên người ký',
  decision: 'Số, ngày quyết định',
};

const mm = (max: number) => z.number().check(z.gte(0), z.lte(max));

/** Where a field is printed: its box's left and top edges and width (mm from the paper's top left). */
export const CertificateFieldSchema = z.strictObject({
  xMm: mm(600),
  yMm: mm(600),
  widthMm: z.number().check(z.gte(10), z.lte(600)),
  sizePt: z.number().check(z.gte(6), z.lte(48)),
  align: z._default(z.enum(['left', 'center']), 'center'),
  bold: z._default(z.boolean(), false),
  italic: z._default(z.boolean(), false),
});
export type CertificateFieldLayout = z.output<typeof CertificateFieldSchema>;

/** One phôi: its paper (landscape as it enters the printer) and its fields. */
export const CertificateLayoutSchema = z.strictObject({
  paper: z.strictObject({
    widthMm: z.number().check(z.gte(100), z.lte(600)),
    heightMm: z.number().check(z.gte(100), z.lte(600)),
  }),
  fields: z.strictObject({
    recipient: CertificateFieldSchema,
    detail: CertificateFieldSchema,
    achievement: CertificateFieldSchema,
    placeDate: CertificateFieldSchema,
    signer: CertificateFieldSchema,
    decision: CertificateFieldSchema,
  }),
});
export type CertificateLayout = z.output<typeof CertificateLayoutSchema>;

/** A province's phôi, by award: what it configures replaces the default of that award. */
export const CertificateLayoutsSchema = z.partialRecord(z.enum(CERTIFICATE_AWARDS), CertificateLayoutSchema);
export type CertificateLayouts = z.output<typeof CertificateLayoutsSchema>;

const field = (
  xMm: number,
  yMm: number,
  widthMm: number,
  sizePt: number,
  style: Partial<Pick<CertificateFieldLayout, 'align' | 'bold' | 'italic'>> = {},
): CertificateFieldLayout => ({
  xMm,
  yMm,
  widthMm,
  sizePt,
  align: 'center',
  bold: false,
  italic: false,
  ...style,
});

/**
 * The common phôi: Bằng khen on A3 landscape (420 × 297 mm), Giấy khen on A4 landscape
 * (297 × 210 mm), the blanks centred under the pre-printed "TẶNG BẰNG KHEN" / "TẶNG GIẤY KHEN",
 * the date and the signer's name on the right above and under the signature.
 */
export const DEFAULT_CERTIFICATE_LAYOUTS: Readonly<Record<CertificateAward, CertificateLayout>> = {
  BK_TINH: {
    paper: { widthMm: 420, heightMm: 297 },
    fields: {
      recipient: field(60, 112, 300, 26, { bold: true }),
      detail: field(60, 132, 300, 16),
      achievement: field(60, 148, 300, 16, { italic: true }),
      placeDate: field(220, 184, 160, 14, { italic: true }),
      signer: field(220, 244, 160, 16, { bold: true }),
      decision: field(40, 244, 160, 12),
    },
  },
  GIAY_KHEN: {
    paper: { widthMm: 297, heightMm: 210 },
    fields: {
      recipient: field(40, 78, 217, 20, { bold: true }),
      detail: field(40, 93, 217, 13),
      achievement: field(40, 104, 217, 13, { italic: true }),
      placeDate: field(150, 130, 120, 12, { italic: true }),
      signer: field(150, 175, 120, 13, { bold: true }),
      decision: field(25, 175, 120, 11),
    },
  },
};

/** The layout of an award's phôi: the province's, else the default. */
export const certificateLayoutOf = (
  award: CertificateAward,
  configured?: CertificateLayouts,
): CertificateLayout => configured?.[award] ?? DEFAULT_CERTIFICATE_LAYOUTS[award];

export const isCertificateAward = (code: string): code is CertificateAward =>
  (CERTIFICATE_AWARDS as readonly string[]).includes(code);

/** The text of one certificate, field by field. */
export type CertificateText = Readonly<Record<CertificateField, string>>;

/** One awardee of a signed decision, as the decision records them. */
export interface CertificateAwardee {
  readonly nomineeName: string;
  readonly position?: string | undefined;
  readonly unitName?: string | undefined;
}

/** What every certificate of one decision shares. */
export interface CertificateDecision {
  readonly number: string;
  /** yyyy-mm-dd */
  readonly signedOn: string;
  /** The place of the date line: the province ("Hà Tĩnh"). */
  readonly placeName: string;
  /** The signer's name as printed under the signature. */
  readonly signerName: string;
  /** The achievement line, as the official words it ("Đã có thành tích xuất sắc trong …"). */
  readonly achievement: string;
}

/**
 * The achievement line a decision's summary suggests: "… cho các tập thể, cá nhân đã có thành
 * tích xuất sắc trong công tác năm 2025" → "Đã có thành tích xuất sắc trong công tác năm 2025";
 * else a line for the official to complete.
 */
export function suggestedAchievement(summary: string): string {
  const text = summary
    .normalize('NFC')
    .trim()
    .replace(/[.;]+$/, '');
  const at = text.search(/(đã )?(có )?thành tích/i);
  if (at < 0) return 'Đã có thành tích xuất sắc trong …';
  const line = text.slice(at).replace(/^(đã )?(có )?/i, '');
  return `Đã có ${line}`;
}

/** Each field's text on one awardee's certificate. */
export function certificateText(decision: CertificateDecision, awardee: CertificateAwardee): CertificateText {
  const nfc = (s: string | undefined) => (s ?? '').normalize('NFC').trim();
  const detail = [nfc(awardee.position), nfc(awardee.unitName)].filter(Boolean).join(', ');
  return {
    recipient: nfc(awardee.nomineeName),
    detail,
    achievement: nfc(decision.achievement),
    placeDate: `${nfc(decision.placeName)}, ${documentDate(decision.signedOn)}`,
    signer: nfc(decision.signerName),
    decision: `Quyết định số ${nfc(decision.number)} ${documentDate(decision.signedOn)}`,
  };
}
