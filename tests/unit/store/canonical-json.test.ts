import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/store/canonical-json';

describe('canonicalJson', () => {
  it('sorts object keys at every depth and leaves no whitespace', () => {
    const value = { b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } };

    expect(canonicalJson(value)).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
  });

  it('gives the same text whatever order the keys were written in', () => {
    const one = { action: 'submit', actor: { userId: 'u1', role: 'unit_officer' }, seq: 2 };
    const other = { seq: 2, actor: { role: 'unit_officer', userId: 'u1' }, action: 'submit' };

    expect(canonicalJson(one)).toBe(canonicalJson(other));
  });

  it('leaves out undefined properties, as a DynamoDB round trip does', () => {
    expect(canonicalJson({ a: 1, reason: undefined })).toBe('{"a":1}');
  });

  it('keeps Vietnamese text as it is', () => {
    expect(canonicalJson({ ten: 'Nguyễn Thị Hồng' })).toBe('{"ten":"Nguyễn Thị Hồng"}');
  });

  it.each([
    ['a non-finite number', { n: Number.NaN }],
    ['a Date', { at: new Date(0) }],
    ['a Set', { s: new Set([1]) }],
    ['an undefined array element', { list: [1, undefined] }],
    ['a bigint', { n: 1n }],
  ])('refuses %s rather than change it silently', (_label, value) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
  });
});
