import { describe, expect, it } from 'vitest';
import {
  CertificateLayoutsSchema,
  certificateLayoutOf,
  certificateText,
  DEFAULT_CERTIFICATE_LAYOUTS,
  suggestedAchievement,
} from '../../../shared/domain/documents/certificate';
import { layoutLines, PT_PER_MM, wrap } from '../../../web/src/lib/certificate-lines';

/** A monospace measure: each character 0,5 em wide. */
const measure = (text: string, size: number) => text.length * size * 0.5;

describe('the text of a certificate', () => {
  const decision = {
    number: '12/QĐ-UBND',
    signedOn: '2026-01-05',
    placeName: 'Hà Tĩnh',
    signerName: 'Võ Trọng Hải',
    achievement: 'Đã có thành tích xuất sắc trong công tác năm 2025',
  };

  it('fills each field from the decision and the awardee, dates as Nghị định 30 writes them', () => {
    expect(
      certificateText(decision, {
        nomineeName: 'Nguyễn Thị Hồng Nhung',
        position: 'Chuyên viên chính',
        unitName: 'Văn phòng Sở',
      }),
    ).toEqual({
      recipient: 'Nguyễn Thị Hồng Nhung',
      detail: 'Chuyên viên chính, Văn phòng Sở',
      achievement: 'Đã có thành tích xuất sắc trong công tác năm 2025',
      placeDate: 'Hà Tĩnh, ngày 05 tháng 01 năm 2026',
      signer: 'Võ Trọng Hải',
      decision: 'Quyết định số 12/QĐ-UBND ngày 05 tháng 01 năm 2026',
    });
    // A collective has no position: its line is its parent unit alone.
    expect(certificateText(decision, { nomineeName: 'Phòng Công chức', unitName: 'Sở Nội vụ' }).detail).toBe(
      'Sở Nội vụ',
    );
  });

  it("suggests the achievement line from the decision's summary, else leaves it to complete", () => {
    expect(
      suggestedAchievement(
        'Về việc tặng Bằng khen cho các tập thể, cá nhân đã có thành tích xuất sắc trong công tác năm 2025.',
      ),
    ).toBe('Đã có thành tích xuất sắc trong công tác năm 2025');
    expect(suggestedAchievement('Về việc khen thưởng')).toBe('Đã có thành tích xuất sắc trong …');
  });
});

describe('the layout of a phôi', () => {
  it("takes the province's layout of an award, else the default (A3 Bằng khen, A4 Giấy khen)", () => {
    expect(certificateLayoutOf('BK_TINH').paper).toEqual({ widthMm: 420, heightMm: 297 });
    expect(certificateLayoutOf('GIAY_KHEN').paper).toEqual({ widthMm: 297, heightMm: 210 });
    const own = CertificateLayoutsSchema.parse({
      GIAY_KHEN: {
        ...DEFAULT_CERTIFICATE_LAYOUTS.GIAY_KHEN,
        paper: { widthMm: 330, heightMm: 230 },
      },
    });
    expect(certificateLayoutOf('GIAY_KHEN', own).paper.widthMm).toBe(330);
    expect(certificateLayoutOf('BK_TINH', own)).toEqual(DEFAULT_CERTIFICATE_LAYOUTS.BK_TINH);
  });

  it('refuses a configured layout that misses a field or has no room', () => {
    const { recipient: _, ...fields } = DEFAULT_CERTIFICATE_LAYOUTS.BK_TINH.fields;
    expect(
      CertificateLayoutsSchema.safeParse({ BK_TINH: { ...DEFAULT_CERTIFICATE_LAYOUTS.BK_TINH, fields } })
        .success,
    ).toBe(false);
    const tiny = { ...DEFAULT_CERTIFICATE_LAYOUTS.BK_TINH.fields.recipient, widthMm: 2 };
    expect(
      CertificateLayoutsSchema.safeParse({
        BK_TINH: {
          ...DEFAULT_CERTIFICATE_LAYOUTS.BK_TINH,
          fields: { ...DEFAULT_CERTIFICATE_LAYOUTS.BK_TINH.fields, recipient: tiny },
        },
      }).success,
    ).toBe(false);
  });

  it('wraps a long line at spaces within the box, and places lines from its top, centred, shifted by the offset', () => {
    expect(wrap('một hai ba bốn năm', 10, 40, measure)).toEqual(['một hai', 'ba bốn', 'năm']);
    const field = {
      xMm: 10,
      yMm: 20,
      widthMm: 100,
      sizePt: 10,
      align: 'center' as const,
      bold: false,
      italic: false,
    };
    const [line] = layoutLines('Hà Tĩnh', field, 210, { xMm: 2, yMm: -1 }, measure);
    const width = 100 * PT_PER_MM;
    expect(line?.xPt).toBeCloseTo(12 * PT_PER_MM + (width - 35) / 2, 5);
    expect(line?.yPt).toBeCloseTo((210 - 20 + 1) * PT_PER_MM - 8, 5);
    const left = layoutLines('a b', { ...field, align: 'left' }, 210, { xMm: 0, yMm: 0 }, measure);
    expect(left[0]?.xPt).toBeCloseTo(10 * PT_PER_MM, 5);
  });
});
