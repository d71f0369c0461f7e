import { describe, expect, it } from 'vitest';
import { normaliseName, reversedNameKey } from '../../../shared/store/person-name-key';

describe('person name keys', () => {
  it('drops diacritics and case, and turns đ into d, whether typed NFC or NFD', () => {
    expect(normaliseName('Đặng Thị Ngọc Ánh')).toBe('dang thi ngoc anh');
    expect(normaliseName('Đặng Thị Ngọc Ánh'.normalize('NFD'))).toBe('dang thi ngoc anh');
  });

  it('keeps letters and digits only, one space between words', () => {
    expect(normaliseName('  <b>Lê</b>   Văn#A ')).toBe('b le b van a');
  });

  it('reverses the words so a search by given name is a prefix', () => {
    expect(reversedNameKey('Nguyễn Thị Hồng Nhung')).toBe('nhung hong thi nguyen');
  });
});
