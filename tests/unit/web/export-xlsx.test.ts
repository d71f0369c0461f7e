import { describe, expect, it } from 'vitest';
import { sheetName } from '../../../web/src/lib/export-xlsx';

/** Excel's rule for a sheet's name: 1–31 characters, none of : \ / ? * [ ], no ' at either end. */
const valid = (name: string) =>
  name.length >= 1 && name.length <= 31 && !/[:\\/?*[\]]/.test(name) && !/^'|'$/.test(name);

describe('sheetName', () => {
  it('turns the decisions page’s titles, which hold a colon, into names Excel accepts', () => {
    const titles = [
      'Thuộc thẩm quyền Giám đốc Sở: ký quyết định',
      'Thuộc thẩm quyền UBND tỉnh: ký tờ trình',
      'Đã thẩm định đạt: Chủ tịch UBND tỉnh ký quyết định',
      'Khen thưởng cấp Nhà nước: trình cấp Trung ương',
    ];

    for (const title of titles) expect(valid(sheetName(title)), sheetName(title)).toBe(true);
    expect(sheetName(titles[0] ?? '')).toBe('Thuộc thẩm quyền Giám đốc Sở');
  });

  it('keeps a name that is already valid, and never answers an empty one', () => {
    expect(sheetName('Đề nghị của đơn vị')).toBe('Đề nghị của đơn vị');
    expect(sheetName('Tờ trình 12/TTr-SNV [bản 2]')).toBe('Tờ trình 12 - TTr-SNV - bản 2');
    expect(sheetName("'?*'")).toBe('Danh sách');
    expect(valid(sheetName("'Danh sách' quá dài để làm tên một trang tính Excel"))).toBe(true);
  });
});
