/**
 * Who issues a document, as its header prints it (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3):
 * the body directly above in regular capitals ("UBND TỈNH HÀ TĨNH"), the issuing body in bold
 * capitals ("SỞ NỘI VỤ"); the province's own People's Committee has no line above it.
 */
export interface Issuer {
  /** The issuing body's own name, e.g. "Sở Nội vụ", "Ủy ban nhân dân tỉnh Hà Tĩnh". */
  readonly name: string;
  /** The body directly above, as printed: "UBND TỈNH HÀ TĨNH". Absent for the UBND tỉnh itself. */
  readonly parentBody?: string;
  /** The place of the date line: the province, "Hà Tĩnh". */
  readonly placeName: string;
  /** `province`: the UBND tỉnh (its chairman decides); `department`: a Sở (its director decides). */
  readonly level: 'province' | 'department';
  /** Who heads it, in sentence case ("Giám đốc", "Chủ tịch"); by level when absent. */
  readonly headTitle?: string;
}

/** An organisation as `GET /organisations/{id}` answers it. */
export interface OrganisationRecord {
  readonly name: string;
  readonly level?: 'province' | 'department';
}

export const upperVi = (text: string): string => text.normalize('NFC').toLocaleUpperCase('vi');

/**
 * The issuer of a recorded organisation in a province: "Sở Nội vụ tỉnh Hà Tĩnh" prints as
 * "UBND TỈNH HÀ TĨNH" over "SỞ NỘI VỤ"; the province's People's Committee stands alone.
 */
export function issuerOf(organisation: OrganisationRecord, provinceName: string): Issuer {
  const name = organisation.name.normalize('NFC').trim();
  const province = provinceName.normalize('NFC').trim();
  if (organisation.level === 'province') return { name, placeName: province, level: 'province' };
  const suffix = ` tỉnh ${province}`;
  const own = name.toLocaleLowerCase('vi').endsWith(suffix.toLocaleLowerCase('vi'))
    ? name.slice(0, -suffix.length).trim()
    : name;
  return {
    name: own,
    parentBody: upperVi(`UBND tỉnh ${province}`),
    placeName: province,
    level: 'department',
  };
}

/** "Giám đốc" or "Chủ tịch". */
export const headTitleOf = (issuer: Issuer): string =>
  issuer.headTitle ?? (issuer.level === 'province' ? 'Chủ tịch' : 'Giám đốc');

/** The authority as a sentence names it: "Giám đốc Sở Nội vụ", "Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh". */
export const authorityName = (issuer: Issuer): string => `${headTitleOf(issuer)} ${issuer.name}`;

/** How the body refers to itself inside its own document: "Sở", or its full name. */
export const shortName = (issuer: Issuer): string =>
  issuer.level === 'province' ? 'Ủy ban nhân dân tỉnh' : /^Sở /.test(issuer.name) ? 'Sở' : issuer.name;
