import type * as z from 'zod/mini';

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'một chuỗi ký tự',
  number: 'một số',
  int: 'một số nguyên',
  boolean: 'đúng hoặc sai',
  array: 'một danh sách',
  object: 'một đối tượng',
  date: 'một ngày',
};

/** Enumerations longer than this are not spelled out in the message: the form shows a list. */
const MAX_LISTED_OPTIONS = 12;

const isTextOrigin = (origin: string): boolean => origin === 'string';
const isListOrigin = (origin: string): boolean => origin === 'array' || origin === 'set';

/**
 * Vietnamese messages for zod's built-in issues. Passed per parse (see `parseForm`) rather than
 * through the global `z.config`, so importing a schema never changes how other code's schemas speak.
 * Refinements written in this folder carry their own Vietnamese message, which zod prefers.
 * The web form passes it to its resolver: `schema.safeParse(values, { error: viErrorMap })`.
 */
export const viErrorMap: z.core.$ZodErrorMap = (issue) => {
  // A missing field fails whichever check comes first (type, enum, union): say it is missing.
  if (issue.code !== 'custom' && 'input' in issue && issue.input === undefined)
    return 'Trường này là bắt buộc.';
  switch (issue.code) {
    case 'invalid_type':
      return `Phải là ${TYPE_NAMES[issue.expected] ?? 'giá trị hợp lệ'}.`;
    case 'too_big': {
      const max = String(issue.maximum);
      if (isTextOrigin(issue.origin)) return `Tối đa ${max} ký tự.`;
      if (isListOrigin(issue.origin)) return `Tối đa ${max} mục.`;
      return issue.inclusive === false ? `Phải nhỏ hơn ${max}.` : `Không được lớn hơn ${max}.`;
    }
    case 'too_small': {
      const min = String(issue.minimum);
      if (isTextOrigin(issue.origin)) {
        return issue.minimum === 1 ? 'Không được để trống.' : `Tối thiểu ${min} ký tự.`;
      }
      if (isListOrigin(issue.origin)) return `Cần ít nhất ${min} mục.`;
      return issue.inclusive === false ? `Phải lớn hơn ${min}.` : `Không được nhỏ hơn ${min}.`;
    }
    case 'invalid_format':
      return issue.format === 'email' ? 'Địa chỉ email không hợp lệ.' : 'Định dạng không hợp lệ.';
    case 'invalid_value': {
      if (issue.values.length > MAX_LISTED_OPTIONS) return 'Giá trị không thuộc danh sách cho phép.';
      return `Giá trị không hợp lệ; chọn một trong: ${issue.values.map(String).join(', ')}.`;
    }
    case 'invalid_union':
      // A discriminated union names the values its discriminator accepts.
      if ('options' in issue && Array.isArray(issue.options) && issue.options.length > 0) {
        if (issue.options.length <= MAX_LISTED_OPTIONS) {
          return `Giá trị không hợp lệ; chọn một trong: ${issue.options.map(String).join(', ')}.`;
        }
      }
      return 'Giá trị không khớp với loại nào được phép.';
    case 'unrecognized_keys':
      return `Trường không được phép: ${issue.keys.join(', ')}.`;
    case 'not_multiple_of':
      return `Phải là bội số của ${String(issue.divisor)}.`;
    default:
      return 'Giá trị không hợp lệ.';
  }
};
