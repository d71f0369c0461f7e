/**
 * Canonical JSON: object keys sorted (by UTF-16 code units, as `Array.prototype.sort` does), no
 * whitespace, `undefined` properties left out, numbers and strings serialised as `JSON.stringify`
 * does (the same rules as RFC 8785 for the values we store). The audit hash is computed over this
 * text, so the same event always gives the same hash, whatever order its keys were written or read in.
 *
 * Values JSON cannot carry faithfully (`undefined` array elements, non-finite numbers, bigint, functions, symbols, Dates, Maps,
 * Sets, class instances) are refused rather than silently changed, because a value that does not
 * survive the round trip through DynamoDB would make a valid chain look tampered with.
 */
export function canonicalJson(value: unknown): string {
  return serialise(value, '$');
}

function serialise(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: non-finite number at ${path}`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) {
        // An `undefined` element would be dropped by DynamoDB and shift every index after it.
        return `[${value.map((item, index) => serialise(item, `${path}[${index}]`)).join(',')}]`;
      }
      const prototype = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) {
        throw new TypeError(`canonicalJson: only plain objects are allowed at ${path}`);
      }
      const record = value as Record<string, unknown>;
      const members = Object.keys(record)
        .sort()
        .filter((key) => record[key] !== undefined)
        .map((key) => `${JSON.stringify(key)}:${serialise(record[key], `${path}.${key}`)}`);
      return `{${members.join(',')}}`;
    }
    default:
      throw new TypeError(`canonicalJson: unsupported ${typeof value} at ${path}`);
  }
}
