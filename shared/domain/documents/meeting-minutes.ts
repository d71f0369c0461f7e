/**
 * The council's records of a meeting, drafted from the meeting as the system holds it: the
 * biên bản họp (who sat, what was considered, how each item was voted on and decided, who stood
 * aside and why) and the biên bản kiểm phiếu (the count of each ballot), both laid out as
 * Nghị định 30/2020/NĐ-CP lays out an administrative document (Phụ lục I: header, place and
 * date, type name and subject, signatures). Pure: the web prints the model as .docx.
 */
import { COUNCIL_SEAT_LABELS } from '../council-seats';
import { formatViDate } from '../format/vi-date';
import { DEFAULT_CATALOG } from '../rules/catalog';
import type { AwardCode } from '../vocabulary';
import { MOTTO, NATIONAL_TITLE } from './award-document';
import { placeDateLine } from './date-line';
import { type Issuer, upperVi } from './issuer';

export type MinutesKind = 'minutes' | 'tally';

const SEAT_WORDS: Readonly<Record<string, string>> = COUNCIL_SEAT_LABELS;

interface Fraction {
  readonly num: number;
  readonly den: number;
}

/** A meeting as `GET …/meetings/{id}` answers it, once closed (the fields the records need). */
export interface MinutesMeeting {
  readonly id: string;
  readonly level: 'department' | 'province';
  readonly heldOn: string;
  readonly name?: string | undefined;
  readonly members: readonly { readonly name: string; readonly seat: string; readonly present: boolean }[];
  readonly agenda: readonly {
    readonly nomineeName: string;
    readonly awardCode: AwardCode;
    readonly ballot: 'open' | 'secret';
    readonly policy: {
      readonly quorum: Fraction;
      readonly threshold: Fraction;
      readonly denominator: string;
    };
    readonly recused: readonly { readonly name: string }[];
    readonly conflicts: readonly { readonly name: string; readonly reason: string }[];
    readonly tally?:
      | {
          readonly outcome: 'passed' | 'failed' | 'no_quorum';
          /** The result as the meeting's answer words it (`Thông qua`…). */
          readonly outcomeLabel: string;
          readonly memberCount: number;
          readonly presentCount: number;
          readonly quorumReached: boolean;
          readonly denominator: number;
          readonly approvals: number;
          readonly rejections: number;
          readonly abstentions: number;
          readonly threshold: Fraction;
        }
      | undefined;
  }[];
}

export interface MinutesDocument {
  readonly kind: MinutesKind;
  readonly nationalTitle: string;
  readonly motto: string;
  /** The body above (regular capitals) over the council (bold capitals). */
  readonly issuer: { readonly parentBody: string; readonly body: string };
  /** "Hà Tĩnh, ngày 17 tháng 11 năm 2026". */
  readonly placeDate: string;
  /** "BIÊN BẢN". */
  readonly typeName: string;
  /** "Họp Hội đồng Thi đua - Khen thưởng Sở Nội vụ xét khen thưởng", "Kiểm phiếu …". */
  readonly subject: string;
  readonly paragraphs: readonly string[];
  readonly table: { readonly columns: readonly string[]; readonly rows: readonly (readonly string[])[] };
  /** Left: who kept the record; right: who chaired. */
  readonly signatures: readonly { readonly title: string; readonly name: string }[];
  /** Without diacritics: "bien-ban-hop-2026-11-17.docx". */
  readonly fileName: string;
}

const percent = (num: number, den: number) =>
  den === 0 ? '0 %' : `${String(Math.round((num / den) * 1000) / 10).replace('.', ',')} %`;
const share = (f: Fraction) => percent(f.num, f.den);
const awardWords = (code: AwardCode) => DEFAULT_CATALOG[code]?.name ?? code;
const ballotWords = (ballot: 'open' | 'secret') =>
  ballot === 'secret' ? 'bỏ phiếu kín' : 'biểu quyết công khai';

/** One agenda item's decision in a sentence, counts and share against the threshold. */
function itemLine(item: MinutesMeeting['agenda'][number], index: number): string {
  const head = `${index + 1}. ${item.nomineeName} - ${awardWords(item.awardCode)} (${ballotWords(item.ballot)})`;
  const aside = [
    ...item.recused.map((m) => `${m.name} (không tham gia biểu quyết theo quy định)`),
    ...item.conflicts.map((c) => `${c.name} (tự khai xung đột lợi ích: ${c.reason})`),
  ];
  const asideLine = aside.length > 0 ? ` Không tham gia biểu quyết: ${aside.join('; ')}.` : '';
  const t = item.tally;
  if (!t) return `${head}: chưa kiểm phiếu.${asideLine}`;
  return (
    `${head}: ${t.approvals} đồng ý, ${t.rejections} không đồng ý, ${t.abstentions} không có ý kiến; ` +
    `tỷ lệ đồng ý ${percent(t.approvals, t.denominator)} trên ${t.denominator} thành viên ` +
    `(yêu cầu từ ${share(t.threshold)}). Kết quả: ${t.outcomeLabel}.${asideLine}`
  );
}

/** The council's records of a closed meeting, ready to print. */
export function buildMeetingMinutes(
  meeting: MinutesMeeting,
  issuer: Issuer,
  kind: MinutesKind,
  /** The council's secretary (Thường trực), who keeps the record and holds no voting seat. */
  secretaryName?: string,
): MinutesDocument {
  const council =
    meeting.level === 'province'
      ? 'Hội đồng Thi đua - Khen thưởng tỉnh'
      : `Hội đồng Thi đua - Khen thưởng ${issuer.name}`;
  const present = meeting.members.filter((m) => m.present);
  const absent = meeting.members.filter((m) => !m.present);
  const chair = meeting.members.find((m) => m.seat === 'chair');
  const secretary =
    meeting.members.find((m) => m.seat === 'secretary') ??
    (secretaryName ? { name: secretaryName, seat: 'secretary' } : undefined);
  const named = (m: { name: string; seat: string }) => `${m.name} - ${SEAT_WORDS[m.seat] ?? m.seat}`;
  const rows = meeting.agenda.map((item, i) => {
    const t = item.tally;
    return [
      String(i + 1),
      item.nomineeName,
      awardWords(item.awardCode),
      item.ballot === 'secret' ? 'Bỏ phiếu kín' : 'Công khai',
      t ? String(t.presentCount) : '',
      t ? String(t.approvals) : '',
      t ? String(t.rejections) : '',
      t ? String(t.abstentions) : '',
      t ? percent(t.approvals, t.denominator) : '',
      t ? t.outcomeLabel : 'Chưa kiểm phiếu',
    ];
  });
  const common = [
    `Thời gian: ngày ${formatViDate(meeting.heldOn)}${meeting.name ? ` (${meeting.name})` : ''}.`,
    `Thành phần: ${council} có ${meeting.members.length} thành viên; có mặt ${present.length}: ${present.map(named).join('; ')}.`,
    ...(absent.length > 0 ? [`Vắng mặt ${absent.length}: ${absent.map(named).join('; ')}.`] : []),
    `Chủ trì: ${chair ? named(chair) : '…'}. Thư ký: ${secretary ? named(secretary) : '…'}.`,
  ];
  const paragraphs =
    kind === 'minutes'
      ? [
          ...common,
          `Nội dung: Hội đồng xem xét ${meeting.agenda.length} hồ sơ đề nghị khen thưởng đã được Thường trực Hội đồng thẩm định; ý kiến và kết quả biểu quyết từng hồ sơ như sau:`,
          ...meeting.agenda.map(itemLine),
          'Biên bản được lập xong ngay sau phiên họp, đã đọc lại cho các thành viên dự họp cùng nghe và thống nhất.',
        ]
      : [
          ...common,
          `Hội đồng tiến hành kiểm phiếu ${meeting.agenda.length} hồ sơ đề nghị khen thưởng; tỷ lệ đồng ý tính trên tổng số thành viên theo quy chế của Hội đồng. Kết quả kiểm phiếu như bảng dưới đây.`,
        ];
  const subject =
    kind === 'minutes' ? `Họp ${council} xét khen thưởng` : `Kiểm phiếu xét khen thưởng của ${council}`;
  const slug = kind === 'minutes' ? 'bien-ban-hop' : 'bien-ban-kiem-phieu';
  return {
    kind,
    nationalTitle: NATIONAL_TITLE,
    motto: MOTTO,
    issuer: {
      parentBody:
        meeting.level === 'province' ? upperVi(`UBND tỉnh ${issuer.placeName}`) : upperVi(issuer.name),
      body: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
    },
    placeDate: placeDateLine(issuer.placeName, meeting.heldOn),
    typeName: 'BIÊN BẢN',
    subject,
    paragraphs,
    table: {
      columns: [
        'STT',
        'Họ và tên / Tập thể',
        'Hình thức khen thưởng',
        'Hình thức biểu quyết',
        'Có mặt',
        'Đồng ý',
        'Không đồng ý',
        'Không ý kiến',
        'Tỷ lệ đồng ý',
        'Kết quả',
      ],
      rows,
    },
    signatures: [
      { title: kind === 'minutes' ? 'THƯ KÝ' : 'NGƯỜI KIỂM PHIẾU', name: secretary?.name ?? '' },
      { title: 'CHỦ TỊCH HỘI ĐỒNG', name: chair?.name ?? '' },
    ],
    fileName: `${slug}-${meeting.heldOn}-${meeting.id.slice(-6)}.docx`.replace(/[^A-Za-z0-9.-]/g, '-'),
  };
}
