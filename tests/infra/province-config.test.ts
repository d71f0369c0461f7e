import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROUTE_ACCESS_OVERRIDES, routeAccess } from '../../infra/access';
import {
  listProvinceCodes,
  loadProvinceConfig,
  PROVINCES_DIR,
  provinceConfigSchema,
} from '../../infra/province-config';
import { ROUTES } from '../../shared/http/route-table';

const haTinh = () => JSON.parse(readFileSync(join(PROVINCES_DIR, 'ha-tinh.json'), 'utf8'));

describe('province configs', () => {
  it('ships the five seed provinces with their Vietnamese names', () => {
    const names = Object.fromEntries(
      listProvinceCodes().map((code) => [code, loadProvinceConfig(code).name]),
    );
    expect(names).toEqual({
      'cao-bang': 'Cao Bằng',
      'ha-tinh': 'Hà Tĩnh',
      'lai-chau': 'Lai Châu',
      'lang-son': 'Lạng Sơn',
      'lao-cai': 'Lào Cai',
    });
  });

  it('refuses a sender address outside the verified mail domain', () => {
    const config = { ...haTinh(), mail: { fromAddress: 'x@elsewhere.example', domain: 'ha-tinh.example' } };
    expect(provinceConfigSchema.safeParse(config).success).toBe(false);
  });

  it('refuses a custom web domain without its certificate', () => {
    const config = { ...haTinh(), web: { domain: 'tdkt.ha-tinh.example' } };
    expect(provinceConfigSchema.safeParse(config).success).toBe(false);
  });

  it('refuses unknown keys, so a typo is not silently ignored', () => {
    expect(provinceConfigSchema.safeParse({ ...haTinh(), admin: ['a@b.example'] }).success).toBe(false);
  });

  it("takes the phôi's layout of an award, completing each field's style, and refuses a field out of place", () => {
    const recipient = { xMm: 50, yMm: 100, widthMm: 200, sizePt: 24 };
    const field = { xMm: 50, yMm: 120, widthMm: 200, sizePt: 14 };
    const layout = {
      paper: { widthMm: 330, heightMm: 230 },
      fields: {
        recipient,
        detail: field,
        achievement: field,
        placeDate: field,
        signer: field,
        decision: field,
      },
    };
    const parsed = provinceConfigSchema.parse({ ...haTinh(), certificates: { BK_TINH: layout } });
    expect(parsed.certificates?.BK_TINH?.fields.recipient).toEqual({
      ...recipient,
      align: 'center',
      bold: false,
      italic: false,
    });
    const outside = { ...layout, fields: { ...layout.fields, signer: { ...field, yMm: -5 } } };
    expect(provinceConfigSchema.safeParse({ ...haTinh(), certificates: { BK_TINH: outside } }).success).toBe(
      false,
    );
    expect(provinceConfigSchema.safeParse({ ...haTinh(), certificates: { LDTT: layout } }).success).toBe(
      false,
    );
  });

  it('names an unknown province and lists the shipped ones', () => {
    expect(() => loadProvinceConfig('ha-noi')).toThrow(/shipped provinces: cao-bang/);
  });
});

describe('route access', () => {
  it('derives read-only table access for GET routes and read-write for the others', () => {
    expect(routeAccess({ id: 'x', method: 'GET', idempotent: false }, {}).table).toBe('read');
    expect(routeAccess({ id: 'x', method: 'POST', idempotent: true }, {})).toEqual({
      table: 'read-write',
      idempotency: true,
      sendMail: false,
      users: 'none',
    });
  });

  it('keys every access override by a route of the table', () => {
    const ids = new Set(ROUTES.map((route) => route.id));
    for (const id of Object.keys(ROUTE_ACCESS_OVERRIDES)) expect(ids).toContain(id);
  });

  it('never lets a route send mail', () => {
    for (const route of ROUTES) expect(routeAccess(route).sendMail).toBe(false);
  });
});
