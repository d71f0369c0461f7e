/**
 * The draft of a decision (Quyết định) or tờ trình as Nghị định 30/2020/NĐ-CP lays it out, built
 * from the document the system recorded: pure data that a renderer (the web app's .docx writer)
 * prints. What the system cannot know (the issuer's founding document, who files the copy) is a
 * line marked `placeholder` with a note, for the official to complete before signing.
 */
import { DEFAULT_CATALOG } from '../rules/catalog';
import { selectNationalRuleSet } from '../rules/resolve';
import { formatMoney } from '../rules/reward-money';
import type { AwardCode, Subject } from '../vocabulary';
import { documentDate, placeDateLine } from './date-line';
import { decisionMoney, subjectOf } from './decision-money';
import { authorityName, type Issuer, shortName, upperVi } from './issuer';

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const ANNEX_COLUMNS = [
  'STT',
  'Họ và tên / Tên tập thể',
  'Chức vụ',
  'Đơn vị',
  'Hình thức khen thưởng',
] as const;

/** One line of a recorded document's annex, as `GET /decisions/{id}` answers it. */
export interface RecordedEntry {
  readonly no?: number;
  readonly awardCode: AwardCode;
  readonly nomineeName: string;
  readonly position?: string;
  /** The unit's name, when the caller could read it (`GET /organisations/{id}/units`). */
  readonly unitName?: string;
  /** When known; else taken from the award (only one kind of nominee) or the position (persons have one). */
  readonly subject?: Subject;
}

/** A recorded decision or tờ trình, as `GET /decisions/{id}` answers it. */
export interface RecordedDocument {
  readonly kind: 'decision' | 'submission' | 'revocation';
  readonly number: string;
  /** yyyy-mm-dd. */
  readonly signedOn: string;
  readonly summary: string;
  /** As printed, entered by the official: title with `KT.`/`TM.` where delegated. */
  readonly signer?: { readonly name: string; readonly title: string };
  /** Who recorded it; without an entered `signer` they signed, and `name` is printed under the title. */
  readonly signedBy?: { readonly name?: string };
  /** For a chairman's decision: the tờ trình it answers (absent on older records: a placeholder). */
  readonly answers?: readonly AnsweredLetter[];
  readonly entries: readonly RecordedEntry[];
}

/** A tờ trình a decision answers, as `GET /decisions/{id}` answers it. */
export interface AnsweredLetter {
  /** `45/TTr-SNV`. */
  readonly number: string;
  /** yyyy-mm-dd. */
  readonly issuedOn: string;
  readonly organisationId?: string;
  /** "Sở Nội vụ tỉnh Hà Tĩnh"; absent when the record has none (the name is left for the official). */
  readonly organisationName?: string;
}

/** A line of text; `placeholder` lines are for the official to complete, `note` says with what. */
export interface DocumentLine {
  readonly text: string;
  readonly placeholder?: boolean;
  readonly note?: string;
}

export interface Article {
  /** "Điều 1." */
  readonly heading: string;
  readonly text: string;
  /** Numbered items under the article (one per award when it grants several). */
  readonly items?: readonly string[];
}

export interface AnnexRow {
  readonly no: number;
  readonly name: string;
  readonly position: string;
  readonly unit: string;
  readonly award: string;
  /** A decision's tiền thưởng in đồng ("710.000"), or "" when the system cannot say (see `money`). */
  readonly amount?: string;
}

export interface AwardDocument {
  readonly kind: 'decision' | 'submission';
  readonly nationalTitle: string;
  readonly motto: string;
  /** Parent body (regular capitals) over the issuing body (bold capitals). */
  readonly issuer: { readonly parentBody?: string; readonly body: string };
  readonly number: string;
  /** "Số: 05/QĐ-SNV". */
  readonly numberLine: string;
  /** "Hà Tĩnh, ngày 05 tháng 01 năm 2026". */
  readonly placeDate: string;
  /** "QUYẾT ĐỊNH" or "TỜ TRÌNH". */
  readonly typeName: string;
  /** Trích yếu: "Về việc …". */
  readonly subject: string;
  /** A decision's authority line: "GIÁM ĐỐC SỞ NỘI VỤ". */
  readonly authority?: string;
  /** A tờ trình's "Kính gửi: …". */
  readonly addressee?: DocumentLine;
  /** Căn cứ lines, each ending ";" but the last, which ends ".". */
  readonly grounds: readonly DocumentLine[];
  /** "QUYẾT ĐỊNH:" between the grounds and the articles of a decision. */
  readonly enacting?: string;
  readonly articles: readonly Article[];
  /** A tờ trình's body after its grounds. */
  readonly paragraphs: readonly DocumentLine[];
  readonly recipients: readonly DocumentLine[];
  readonly signature: {
    /** Bold capitals, top to bottom: "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC". */
    readonly titleLines: readonly string[];
    readonly name: string;
    readonly namePlaceholder?: boolean;
  };
  readonly annex: {
    readonly heading: string;
    readonly title: string;
    /** "(Kèm theo Quyết định số … ngày … của …)". */
    readonly reference: string;
    readonly columns: readonly string[];
    readonly rows: readonly AnnexRow[];
    /** A decision's money: the total and how it was reckoned, under the table. */
    readonly money?: { readonly total: string; readonly notes: readonly string[] };
  };
  /** A file name without diacritics: "du-thao-05-QD-SNV.docx". */
  readonly fileName: string;
}

const nfc = (text: string) => text.normalize('NFC');
const count = (n: number) => String(n).padStart(2, '0');

export { subjectOf };

/** "danh hiệu “Lao động tiên tiến”" for a title, "Giấy khen của Giám đốc Sở" for a reward. */
export function awardPhrase(code: AwardCode): string {
  const award = DEFAULT_CATALOG[code];
  return award.kind === 'title' ? `danh hiệu “${award.name}”` : award.name;
}

/** "03 cá nhân và 01 tập thể". */
function whom(entries: readonly RecordedEntry[]): string {
  const persons = entries.filter((e) => subjectOf(e) === 'person').length;
  const collectives = entries.length - persons;
  return [persons ? `${count(persons)} cá nhân` : '', collectives ? `${count(collectives)} tập thể` : '']
    .filter(Boolean)
    .join(' và ');
}

/** Entries grouped by award, in the order the awards first appear. */
function byAward(entries: readonly RecordedEntry[]): [AwardCode, RecordedEntry[]][] {
  const groups = new Map<AwardCode, RecordedEntry[]>();
  for (const entry of entries) groups.set(entry.awardCode, [...(groups.get(entry.awardCode) ?? []), entry]);
  return [...groups];
}

/** What is granted (or proposed): one phrase for one award, else a lead and one item per award. */
function grant(entries: readonly RecordedEntry[]): { text: string; items?: string[] } {
  const groups = byAward(entries);
  const [only] = groups;
  if (groups.length === 1 && only) {
    return { text: `${awardPhrase(only[0])} cho ${whom(only[1])} có tên trong danh sách kèm theo` };
  }
  const items = groups.map(([code, group], i) => {
    const phrase = awardPhrase(code);
    const end = i === groups.length - 1 ? '.' : ';';
    return `${i + 1}. ${phrase.charAt(0).toLocaleUpperCase('vi')}${phrase.slice(1)}: ${whom(group)}${end}`;
  });
  return {
    text: `danh hiệu thi đua, hình thức khen thưởng cho ${whom(entries)} có tên trong danh sách kèm theo, gồm:`,
    items,
  };
}

/** "Về việc …": the recorded summary, prefixed when the official wrote it without. */
export function trichYeu(summary: string, kind: 'decision' | 'submission'): string {
  const text = nfc(summary)
    .trim()
    .replace(/[.;]+$/, '');
  if (!text) return kind === 'decision' ? 'Về việc khen thưởng' : 'Về việc đề nghị khen thưởng';
  if (/^về việc\b/i.test(text)) return `Về việc${text.slice('Về việc'.length)}`;
  return `Về việc ${text.charAt(0).toLocaleLowerCase('vi')}${text.slice(1)}`;
}

/**
 * The signer's block: the entered title split into its printed lines ("KT. GIÁM ĐỐC – PHÓ GIÁM
 * ĐỐC" → "KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC"), so `KT.`/`TM.` stands on the line above the
 * signer's own title; without an entered signer, the head of the issuer over the name of who
 * recorded it (the caller signed), or a blank name on records that have none.
 */
export function signatureOf(
  doc: Pick<RecordedDocument, 'signer' | 'kind' | 'signedBy'>,
  issuer: Issuer,
): AwardDocument['signature'] {
  if (doc.signer?.title.trim()) {
    const titleLines = nfc(doc.signer.title)
      .split(/\s+[–—-]\s+/)
      .map((line) => upperVi(line.trim()))
      .filter(Boolean);
    const name = nfc(doc.signer.name).trim();
    return name ? { titleLines, name } : { titleLines, name: '…', namePlaceholder: true };
  }
  const head = upperVi(issuer.headTitle ?? (issuer.level === 'province' ? 'Chủ tịch' : 'Giám đốc'));
  const titleLines =
    issuer.level === 'province' && doc.kind === 'submission' ? ['TM. ỦY BAN NHÂN DÂN', head] : [head];
  const recorded = nfc(doc.signedBy?.name ?? '').trim();
  return recorded ? { titleLines, name: recorded } : { titleLines, name: '…', namePlaceholder: true };
}

const FOUNDING_NOTE =
  'Hệ thống không lưu văn bản quy định chức năng, nhiệm vụ của cơ quan: ghi số, ngày, tên văn bản trước khi trình ký.';

/** Căn cứ: the law and the decree in force on the signing date (from the rule set), then the issuer's own mandate. */
function legalGrounds(signedOn: string, issuer: Issuer): DocumentLine[] {
  const ruleSet = selectNationalRuleSet(signedOn);
  return [
    ...ruleSet.legalBasis.map((basis) => ({ text: `Căn cứ ${basis};` })),
    issuer.level === 'province'
      ? {
          text: 'Căn cứ Luật Tổ chức chính quyền địa phương …;',
          placeholder: true,
          note: 'Ghi số, ngày của Luật Tổ chức chính quyền địa phương đang có hiệu lực.',
        }
      : {
          text: `Căn cứ … quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của ${issuer.name};`,
          placeholder: true,
          note: FOUNDING_NOTE,
        },
  ];
}

const decreeOf = (signedOn: string): string =>
  selectNationalRuleSet(signedOn).legalBasis.find((b) => /Nghị định/.test(b)) ?? 'quy định hiện hành';

/** "Giám đốc Sở Nội vụ" for "Sở Nội vụ tỉnh Hà Tĩnh"; another body by its own name. */
function proposerOf(organisationName: string, issuer: Issuer): string {
  const name = nfc(organisationName).trim();
  const suffix = ` tỉnh ${issuer.placeName}`.toLocaleLowerCase('vi');
  const own = name.toLocaleLowerCase('vi').endsWith(suffix) ? name.slice(0, -suffix.length).trim() : name;
  return /^Sở /.test(own) ? `Giám đốc ${own}` : own;
}

/**
 * "Theo đề nghị của …": the tờ trình the recorded decision answers, grouped by the body that sent
 * them; a record without them (or without a body's name) leaves the line for the official.
 */
function provinceProposal(answers: readonly AnsweredLetter[] | undefined, issuer: Issuer): DocumentLine {
  if (!answers?.length) {
    return {
      text: 'Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số …/TTr-SNV ngày … tháng … năm ….',
      placeholder: true,
      note: 'Ghi số, ngày tờ trình đề nghị khen thưởng (và cơ quan trình, nếu không phải Sở Nội vụ).',
    };
  }
  const bodies = new Map<string, AnsweredLetter[]>();
  for (const letter of answers) {
    const key = letter.organisationName ? proposerOf(letter.organisationName, issuer) : '…';
    bodies.set(key, [...(bodies.get(key) ?? []), letter]);
  }
  const parts = [...bodies].map(
    ([body, letters]) =>
      `${body} tại ${letters.map((l) => `Tờ trình số ${nfc(l.number)} ${documentDate(l.issuedOn)}`).join(' và ')}`,
  );
  const text = `Theo đề nghị của ${parts.join('; ')}.`;
  return bodies.has('…')
    ? { text, placeholder: true, note: 'Ghi tên cơ quan trình tờ trình đề nghị khen thưởng.' }
    : { text };
}

function decision(doc: RecordedDocument, issuer: Issuer) {
  const own = shortName(issuer);
  const proposal: DocumentLine =
    issuer.level === 'province'
      ? provinceProposal(doc.answers, issuer)
      : { text: `Xét đề nghị của Hội đồng Thi đua – Khen thưởng ${issuer.name}.` };
  const granted = grant(doc.entries);
  const executors =
    issuer.level === 'province'
      ? 'Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các cơ quan, đơn vị có liên quan'
      : `Chánh Văn phòng ${own}, Trưởng các phòng, đơn vị thuộc ${own}`;
  const fund = issuer.level === 'province' ? 'tỉnh' : issuer.name;
  const articles: Article[] = [
    granted.items
      ? { heading: 'Điều 1.', text: `Tặng ${granted.text}`, items: granted.items }
      : { heading: 'Điều 1.', text: `Tặng ${granted.text}.` },
    {
      heading: 'Điều 2.',
      text: `Tiền thưởng kèm theo danh hiệu thi đua, hình thức khen thưởng thực hiện theo ${decreeOf(doc.signedOn)}; kinh phí khen thưởng trích từ Quỹ thi đua, khen thưởng của ${fund} theo quy định.`,
    },
    {
      heading: 'Điều 3.',
      text: `Quyết định này có hiệu lực kể từ ngày ký. ${executors} và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
    },
  ];
  return {
    typeName: 'QUYẾT ĐỊNH',
    authority: upperVi(authorityName(issuer)),
    grounds: [...legalGrounds(doc.signedOn, issuer), proposal],
    enacting: 'QUYẾT ĐỊNH:',
    articles,
    paragraphs: [] as DocumentLine[],
    recipients: [{ text: '- Như Điều 3;' }, filedCopy()],
    annexTitle: 'Cá nhân, tập thể được tặng danh hiệu thi đua, hình thức khen thưởng',
    annexOf: `Quyết định số ${doc.number} ${documentDate(doc.signedOn)} của ${authorityName(issuer)}`,
  };
}

function submission(doc: RecordedDocument, issuer: Issuer) {
  const addressee: DocumentLine =
    issuer.level === 'province'
      ? {
          text: 'Kính gửi: Thủ tướng Chính phủ.',
          placeholder: true,
          note: 'Kiểm tra nơi trình: Thủ tướng Chính phủ (qua Bộ Nội vụ) hoặc Chủ tịch nước theo hình thức khen thưởng.',
        }
      : { text: `Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh ${issuer.placeName}.` };
  const recipient =
    issuer.level === 'province' ? 'Thủ tướng Chính phủ' : `Chủ tịch Ủy ban nhân dân tỉnh ${issuer.placeName}`;
  const reviewed: DocumentLine =
    issuer.level === 'province'
      ? { text: 'Căn cứ kết quả thẩm định, xét duyệt khen thưởng của tỉnh,' }
      : { text: `Căn cứ kết quả xét của Hội đồng Thi đua – Khen thưởng ${issuer.name},` };
  const granted = grant(doc.entries);
  const grounds = legalGrounds(doc.signedOn, issuer).filter((line) => !line.placeholder);
  return {
    typeName: 'TỜ TRÌNH',
    addressee,
    grounds: [...grounds, reviewed],
    articles: [] as Article[],
    paragraphs: [
      {
        text: `${issuer.name} kính trình ${recipient} xem xét, tặng ${granted.text}${granted.items ? '' : '.'}`,
      },
      ...(granted.items ?? []).map((text) => ({ text })),
      {
        text: '(Hồ sơ đề nghị khen thưởng và báo cáo thành tích của các cá nhân, tập thể gửi kèm theo.)',
      },
      { text: `Kính trình ${recipient} xem xét, quyết định./.` },
    ],
    recipients: [{ text: '- Như trên;' }, filedCopy()],
    annexTitle: 'Cá nhân, tập thể được đề nghị khen thưởng',
    annexOf: `Tờ trình số ${doc.number} ${documentDate(doc.signedOn)} của ${issuer.name}`,
  };
}

/** "- Lưu: VT, …": the drafting unit's abbreviation is the official's to add. */
const filedCopy = (): DocumentLine => ({
  text: '- Lưu: VT, ….',
  placeholder: true,
  note: 'Ghi chữ viết tắt tên đơn vị soạn thảo và số lượng bản lưu (Nghị định 30/2020/NĐ-CP, Phụ lục I).',
});

const ascii = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'));

/**
 * The draft of a recorded decision or tờ trình, laid out per Nghị định 30/2020/NĐ-CP. Every text
 * is NFC; the annex lists the entries in their recorded order.
 * @throws RangeError for a revoking decision (not drafted here) or a malformed date.
 */
export function buildAwardDocument(doc: RecordedDocument, issuer: Issuer): AwardDocument {
  if (doc.kind === 'revocation') throw new RangeError('Chưa hỗ trợ dự thảo quyết định hủy bỏ khen thưởng.');
  const kind = doc.kind;
  const body = kind === 'decision' ? decision(doc, issuer) : submission(doc, issuer);
  const money = kind === 'decision' ? reckon(doc) : undefined;
  const rows = doc.entries
    .map((entry, index) => ({ entry, no: entry.no ?? index + 1 }))
    .sort((a, b) => a.no - b.no)
    .map(({ entry, no }) => ({
      no,
      name: nfc(entry.nomineeName).trim(),
      position: nfc(entry.position ?? '').trim(),
      unit: nfc(entry.unitName ?? '').trim(),
      award: DEFAULT_CATALOG[entry.awardCode].name,
      ...(money ? { amount: money.amountOf(entry) } : {}),
    }));
  const model: AwardDocument = {
    kind,
    nationalTitle: NATIONAL_TITLE,
    motto: MOTTO,
    issuer: {
      ...(issuer.parentBody ? { parentBody: upperVi(issuer.parentBody) } : {}),
      body: upperVi(issuer.name),
    },
    number: nfc(doc.number),
    numberLine: `Số: ${nfc(doc.number)}`,
    placeDate: placeDateLine(issuer.placeName, doc.signedOn),
    typeName: body.typeName,
    subject: trichYeu(doc.summary, kind),
    ...('authority' in body ? { authority: body.authority } : {}),
    ...('addressee' in body ? { addressee: body.addressee } : {}),
    grounds: body.grounds,
    ...('enacting' in body ? { enacting: body.enacting } : {}),
    articles: body.articles,
    paragraphs: body.paragraphs,
    recipients: body.recipients,
    signature: signatureOf(doc, issuer),
    annex: {
      heading: 'DANH SÁCH',
      title: body.annexTitle,
      reference: `(Kèm theo ${body.annexOf})`,
      columns: money ? [...ANNEX_COLUMNS, 'Tiền thưởng (đồng)'] : ANNEX_COLUMNS,
      rows,
      ...(money ? { money: { total: money.total, notes: money.notes } } : {}),
    },
    fileName: `du-thao-${ascii(doc.number).replace(/[^A-Za-z0-9]+/g, '-')}.docx`,
  };
  return normalizeDeep(model);
}

/** A decision's tiền thưởng per awardee and in total, as the annex prints them. */
function reckon(doc: RecordedDocument) {
  const money = decisionMoney(doc.entries, doc.signedOn);
  const amounts = new Map(doc.entries.map((entry, i) => [entry, money.amounts[i]]));
  return {
    amountOf: (entry: RecordedEntry) => {
      const amount = amounts.get(entry);
      return amount ? formatMoney(amount.amount) : '';
    },
    total: formatMoney(money.total),
    notes: money.notes,
  };
}

/** Every string NFC, whatever the caller passed. */
function normalizeDeep<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(normalizeDeep) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeDeep(v)])) as T;
  }
  return value;
}
