import { describe, expect, it } from 'vitest';
import {
  ANNEX_COLUMNS,
  type AwardDocument,
  awardPhrase,
  buildAwardDocument,
  type Issuer,
  issuerOf,
  MOTTO,
  NATIONAL_TITLE,
  type RecordedDocument,
  type RecordedEntry,
} from '../../../shared/domain/documents';
import { DEFAULT_CATALOG } from '../../../shared/domain/rules';
import { AWARD_CODES } from '../../../shared/domain/vocabulary';

const SO: Issuer = issuerOf({ name: 'Sở Nội vụ tỉnh Hà Tĩnh', level: 'department' }, 'Hà Tĩnh');
const UBND: Issuer = issuerOf({ name: 'Ủy ban nhân dân tỉnh Hà Tĩnh', level: 'province' }, 'Hà Tĩnh');

const person = (overrides: Partial<RecordedEntry> = {}): RecordedEntry => ({
  awardCode: 'LDTT',
  nomineeName: 'Hoàng Thị Lan',
  position: 'Chuyên viên',
  unitName: 'Phòng Công chức, viên chức',
  ...overrides,
});

const recorded = (overrides: Partial<RecordedDocument> = {}): RecordedDocument => ({
  kind: 'decision',
  number: '05/QĐ-SNV',
  signedOn: '2026-01-05',
  summary: 'Về việc tặng danh hiệu thi đua và hình thức khen thưởng',
  signer: { name: 'Phan Thị Tô Hoa', title: 'GIÁM ĐỐC' },
  entries: [person()],
  ...overrides,
});

const allText = (doc: AwardDocument) => JSON.stringify(doc);

describe('the draft of a decision or tờ trình (Nghị định 30/2020/NĐ-CP)', () => {
  it('heads the document with the Quốc hiệu, the Tiêu ngữ, the parent body over the issuing body', () => {
    const doc = buildAwardDocument(recorded(), SO);
    expect(doc.nationalTitle).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(doc.motto).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(doc.issuer).toEqual({ parentBody: 'UBND TỈNH HÀ TĨNH', body: 'SỞ NỘI VỤ' });
    expect(doc.numberLine).toBe('Số: 05/QĐ-SNV');
    expect(doc.placeDate).toBe('Hà Tĩnh, ngày 05 tháng 01 năm 2026');
  });

  it("prints the province's People's Committee without a line above it", () => {
    const doc = buildAwardDocument(recorded({ number: '163/QĐ-UBND' }), UBND);
    expect(doc.issuer).toEqual({ body: 'ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH' });
    expect(doc.authority).toBe('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH');
  });

  it('dates 15 March without padding the month and 1 February with both padded', () => {
    expect(buildAwardDocument(recorded({ signedOn: '2026-03-15' }), SO).placeDate).toBe(
      'Hà Tĩnh, ngày 15 tháng 3 năm 2026',
    );
    expect(buildAwardDocument(recorded({ signedOn: '2026-02-01' }), SO).placeDate).toBe(
      'Hà Tĩnh, ngày 01 tháng 02 năm 2026',
    );
  });

  it('words a decision as QUYẾT ĐỊNH with the authority, the enacting word and three articles', () => {
    const doc = buildAwardDocument(recorded(), SO);
    expect(doc.typeName).toBe('QUYẾT ĐỊNH');
    expect(doc.subject).toBe('Về việc tặng danh hiệu thi đua và hình thức khen thưởng');
    expect(doc.authority).toBe('GIÁM ĐỐC SỞ NỘI VỤ');
    expect(doc.enacting).toBe('QUYẾT ĐỊNH:');
    expect(doc.addressee).toBeUndefined();
    expect(doc.articles.map((a) => a.heading)).toEqual(['Điều 1.', 'Điều 2.', 'Điều 3.']);
    expect(doc.articles[0]?.text).toBe(
      'Tặng danh hiệu “Lao động tiên tiến” cho 01 cá nhân có tên trong danh sách kèm theo.',
    );
    expect(doc.articles[2]?.text).toMatch(/chịu trách nhiệm thi hành Quyết định này\.\/\.$/);
    expect(doc.recipients[0]?.text).toBe('- Như Điều 3;');
    expect(doc.annex.reference).toBe(
      '(Kèm theo Quyết định số 05/QĐ-SNV ngày 05 tháng 01 năm 2026 của Giám đốc Sở Nội vụ)',
    );
  });

  it('words a tờ trình as TỜ TRÌNH, addressed to the chairman, proposing rather than granting', () => {
    const doc = buildAwardDocument(
      recorded({
        kind: 'submission',
        number: '03/TTr-SNV',
        summary: 'Về việc đề nghị Chủ tịch UBND tỉnh khen thưởng',
        entries: [person({ awardCode: 'BK_TINH' })],
      }),
      SO,
    );
    expect(doc.typeName).toBe('TỜ TRÌNH');
    expect(doc.subject).toBe('Về việc đề nghị Chủ tịch UBND tỉnh khen thưởng');
    expect(doc.authority).toBeUndefined();
    expect(doc.enacting).toBeUndefined();
    expect(doc.articles).toEqual([]);
    expect(doc.addressee?.text).toBe('Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh.');
    expect(doc.paragraphs[0]?.text).toBe(
      'Sở Nội vụ kính trình Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh xem xét, tặng Bằng khen của Chủ tịch UBND tỉnh cho 01 cá nhân có tên trong danh sách kèm theo.',
    );
    expect(doc.paragraphs.at(-1)?.text).toBe(
      'Kính trình Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh xem xét, quyết định./.',
    );
    expect(doc.recipients[0]?.text).toBe('- Như trên;');
    expect(doc.annex.title).toBe('Cá nhân, tập thể được đề nghị khen thưởng');
    expect(doc.annex.reference).toBe(
      '(Kèm theo Tờ trình số 03/TTr-SNV ngày 05 tháng 01 năm 2026 của Sở Nội vụ)',
    );
    expect(allText(doc)).not.toContain('QUYẾT ĐỊNH');
  });

  it('prefixes a summary written without "Về việc"', () => {
    const doc = buildAwardDocument(recorded({ summary: 'Khen thưởng thành tích năm 2025.' }), SO);
    expect(doc.subject).toBe('Về việc khen thưởng thành tích năm 2025');
  });

  it('takes the law and the decree in force on the signing date from the rule sets', () => {
    const now = buildAwardDocument(recorded({ signedOn: '2026-01-05' }), SO).grounds.map((g) => g.text);
    expect(now[0]).toBe('Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022;');
    expect(now[1]).toContain('Nghị định số 152/2025/NĐ-CP');
    const before = buildAwardDocument(recorded({ signedOn: '2025-03-15' }), SO).grounds.map((g) => g.text);
    expect(before.join('\n')).toContain('Nghị định số 98/2023/NĐ-CP');
    expect(before.join('\n')).not.toContain('152/2025');
  });

  it("marks the issuer's own mandate as a placeholder with a note, ends each ground with ';' and the last with '.'", () => {
    const { grounds } = buildAwardDocument(recorded(), SO);
    const mandate = grounds.find((g) => g.placeholder);
    expect(mandate?.text).toBe(
      'Căn cứ … quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ;',
    );
    expect(mandate?.note).toMatch(/trước khi trình ký/);
    expect(grounds.slice(0, -1).every((g) => g.text.endsWith(';'))).toBe(true);
    expect(grounds.at(-1)?.text).toBe('Xét đề nghị của Hội đồng Thi đua – Khen thưởng Sở Nội vụ.');
  });

  it("leaves the chairman's decision the proposing tờ trình to fill in when the record names none", () => {
    const { grounds } = buildAwardDocument(recorded({ number: '163/QĐ-UBND' }), UBND);
    expect(grounds.at(-1)).toMatchObject({ placeholder: true });
    expect(grounds.at(-1)?.text).toMatch(/^Theo đề nghị của .* tại Tờ trình số …/);
  });

  it("names the recorded tờ trình a chairman's decision answers, grouped by the Sở that sent them", () => {
    const { grounds } = buildAwardDocument(
      recorded({
        number: '163/QĐ-UBND',
        answers: [
          { number: '45/TTr-SNV', issuedOn: '2026-12-10', organisationName: 'Sở Nội vụ tỉnh Hà Tĩnh' },
          { number: '12/TTr-SYT', issuedOn: '2026-12-01', organisationName: 'Sở Y tế tỉnh Hà Tĩnh' },
          { number: '47/TTr-SNV', issuedOn: '2026-12-15', organisationName: 'Sở Nội vụ tỉnh Hà Tĩnh' },
        ],
      }),
      UBND,
    );
    expect(grounds.at(-1)).toEqual({
      text: 'Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 10 tháng 12 năm 2026 và Tờ trình số 47/TTr-SNV ngày 15 tháng 12 năm 2026; Giám đốc Sở Y tế tại Tờ trình số 12/TTr-SYT ngày 01 tháng 12 năm 2026.',
    });
  });

  it('leaves the sending body to fill in when a recorded tờ trình has no organisation name', () => {
    const { grounds } = buildAwardDocument(
      recorded({ number: '163/QĐ-UBND', answers: [{ number: '45/TTr-SNV', issuedOn: '2026-12-10' }] }),
      UBND,
    );
    expect(grounds.at(-1)).toMatchObject({
      text: 'Theo đề nghị của … tại Tờ trình số 45/TTr-SNV ngày 10 tháng 12 năm 2026.',
      placeholder: true,
    });
  });

  describe('the signer block', () => {
    it('puts KT. on the line above the deputy’s own title', () => {
      const doc = buildAwardDocument(
        recorded({ signer: { name: 'Nguyễn Văn Phó', title: 'KT. GIÁM ĐỐC – PHÓ GIÁM ĐỐC' } }),
        SO,
      );
      expect(doc.signature).toEqual({ titleLines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: 'Nguyễn Văn Phó' });
    });

    it('puts TM. on the first line and KT. under it when both are entered', () => {
      const doc = buildAwardDocument(
        recorded({
          signer: { name: 'Võ Trọng Hải', title: 'TM. ỦY BAN NHÂN DÂN – KT. CHỦ TỊCH – PHÓ CHỦ TỊCH' },
        }),
        UBND,
      );
      expect(doc.signature.titleLines).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    });

    it('prints a title entered in lower case in capitals, on one line when not delegated', () => {
      const doc = buildAwardDocument(
        recorded({ signer: { name: 'Phan Thị Tô Hoa', title: 'Giám đốc' } }),
        SO,
      );
      expect(doc.signature).toEqual({ titleLines: ['GIÁM ĐỐC'], name: 'Phan Thị Tô Hoa' });
    });

    it('prints the name of who recorded it under the head of the issuer when no signer was entered', () => {
      const { signer: _, ...unsigned } = recorded();
      expect(
        buildAwardDocument({ ...unsigned, signedBy: { name: 'Phan Thị Tô Hoa' } }, SO).signature,
      ).toEqual({
        titleLines: ['GIÁM ĐỐC'],
        name: 'Phan Thị Tô Hoa',
      });
    });

    it('prefers the entered signer to who recorded it', () => {
      const doc = buildAwardDocument(
        recorded({
          signer: { name: 'Nguyễn Văn Phó', title: 'KT. GIÁM ĐỐC – PHÓ GIÁM ĐỐC' },
          signedBy: { name: 'Phan Thị Tô Hoa' },
        }),
        SO,
      );
      expect(doc.signature.name).toBe('Nguyễn Văn Phó');
    });

    it('falls back to the head of the issuer and a blank name when no signer was entered nor a name recorded', () => {
      const { signer: _, ...unsigned } = recorded();
      expect(buildAwardDocument(unsigned, SO).signature).toEqual({
        titleLines: ['GIÁM ĐỐC'],
        name: '…',
        namePlaceholder: true,
      });
      expect(buildAwardDocument({ ...unsigned, kind: 'submission' }, UBND).signature.titleLines).toEqual([
        'TM. ỦY BAN NHÂN DÂN',
        'CHỦ TỊCH',
      ]);
    });
  });

  describe('the annex', () => {
    it("lists every awardee in the recorded order with the five columns, and a decision's tiền thưởng", () => {
      const entries = [
        person({
          no: 1,
          nomineeName: 'Trần Văn Minh',
          position: 'Phó Chánh Văn phòng',
          unitName: 'Văn phòng Sở',
        }),
        person({ no: 2, nomineeName: 'Hoàng Thị Lan' }),
        person({
          no: 3,
          awardCode: 'TTLDTT',
          nomineeName: 'Phòng Công chức, viên chức',
          position: undefined,
        }),
      ];
      const { annex } = buildAwardDocument(
        recorded({ entries: [entries[2], entries[0], entries[1]] as RecordedEntry[] }),
        SO,
      );
      expect(annex.columns).toEqual([...ANNEX_COLUMNS, 'Tiền thưởng (đồng)']);
      expect(ANNEX_COLUMNS).toEqual([
        'STT',
        'Họ và tên / Tên tập thể',
        'Chức vụ',
        'Đơn vị',
        'Hình thức khen thưởng',
      ]);
      expect(annex.rows).toEqual([
        {
          no: 1,
          name: 'Trần Văn Minh',
          position: 'Phó Chánh Văn phòng',
          unit: 'Văn phòng Sở',
          award: 'Lao động tiên tiến',
          amount: '710.000',
        },
        {
          no: 2,
          name: 'Hoàng Thị Lan',
          position: 'Chuyên viên',
          unit: 'Phòng Công chức, viên chức',
          award: 'Lao động tiên tiến',
          amount: '710.000',
        },
        {
          no: 3,
          name: 'Phòng Công chức, viên chức',
          position: '',
          unit: 'Phòng Công chức, viên chức',
          award: 'Tập thể lao động tiên tiến',
          amount: '1.880.000',
        },
      ]);
    });

    it('numbers entries by position when the record gives no numbers', () => {
      const { annex } = buildAwardDocument(
        recorded({ entries: [person({ nomineeName: 'A' }), person({ nomineeName: 'B' })] }),
        SO,
      );
      expect(annex.rows.map((r) => [r.no, r.name])).toEqual([
        [1, 'A'],
        [2, 'B'],
      ]);
    });
  });

  it('counts by the recorded subject, whatever the position says', () => {
    const doc = buildAwardDocument(
      recorded({
        entries: [
          person({
            awardCode: 'GIAY_KHEN',
            nomineeName: 'Phòng Công chức, viên chức',
            subject: 'collective',
          }),
          person({ awardCode: 'GIAY_KHEN', position: undefined, subject: 'person' }),
        ],
      }),
      SO,
    );
    expect(doc.articles[0]?.text).toBe(
      'Tặng Giấy khen của Giám đốc Sở cho 01 cá nhân và 01 tập thể có tên trong danh sách kèm theo.',
    );
  });

  it('grants several awards in one article, one numbered item per award, counting persons and collectives', () => {
    const doc = buildAwardDocument(
      recorded({
        entries: [
          person(),
          person({ nomineeName: 'Phạm Quốc Huy' }),
          person({ awardCode: 'GIAY_KHEN', nomineeName: 'Văn phòng Sở', position: undefined }),
          person({ awardCode: 'GIAY_KHEN', nomineeName: 'Lê Thị Thu Hà', subject: 'person' }),
        ],
      }),
      SO,
    );
    expect(doc.articles[0]?.text).toBe(
      'Tặng danh hiệu thi đua, hình thức khen thưởng cho 03 cá nhân và 01 tập thể có tên trong danh sách kèm theo, gồm:',
    );
    expect(doc.articles[0]?.items).toEqual([
      '1. Danh hiệu “Lao động tiên tiến”: 02 cá nhân;',
      '2. Giấy khen của Giám đốc Sở: 01 cá nhân và 01 tập thể.',
    ]);
  });

  it.each(AWARD_CODES)('names %s in Vietnamese from the award catalog', (code) => {
    const award = DEFAULT_CATALOG[code];
    const doc = buildAwardDocument(recorded({ entries: [person({ awardCode: code })] }), SO);
    expect(doc.annex.rows[0]?.award).toBe(award.name);
    expect(doc.articles[0]?.text).toContain(awardPhrase(code));
    expect(awardPhrase(code)).toBe(award.kind === 'title' ? `danh hiệu “${award.name}”` : award.name);
  });

  it('keeps every text NFC, even from decomposed input, and names the file without diacritics', () => {
    const doc = buildAwardDocument(
      recorded({ entries: [person({ nomineeName: 'Nguyễn Thị Hồng Nhung'.normalize('NFD') })] }),
      { ...SO, name: 'Sở Nội vụ'.normalize('NFD') },
    );
    const text = allText(doc);
    expect(text).toBe(text.normalize('NFC'));
    expect(doc.annex.rows[0]?.name).toBe('Nguyễn Thị Hồng Nhung');
    expect(doc.fileName).toBe('du-thao-05-QD-SNV.docx');
  });

  it('does not draft a revoking decision', () => {
    expect(() => buildAwardDocument(recorded({ kind: 'revocation' }), SO)).toThrow(RangeError);
  });

  it('keeps the constants the renderer prints', () => {
    expect(NATIONAL_TITLE).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(MOTTO).toBe('Độc lập - Tự do - Hạnh phúc');
  });
});

describe('the issuer of an organisation', () => {
  it('drops the province from a Sở’s name and puts the UBND tỉnh above it', () => {
    expect(issuerOf({ name: 'Sở Tài chính tỉnh Hà Tĩnh', level: 'department' }, 'Hà Tĩnh')).toEqual({
      name: 'Sở Tài chính',
      parentBody: 'UBND TỈNH HÀ TĨNH',
      placeName: 'Hà Tĩnh',
      level: 'department',
    });
  });

  it('treats an organisation without a level as a department', () => {
    expect(issuerOf({ name: 'Sở Nội vụ' }, 'Lào Cai')).toMatchObject({
      name: 'Sở Nội vụ',
      parentBody: 'UBND TỈNH LÀO CAI',
      level: 'department',
    });
  });
});
