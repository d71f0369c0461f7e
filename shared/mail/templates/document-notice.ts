import type { IssuedDocument } from '../../store';
import { html, plainLine, viDate } from '../html';
import { documentLink, type LinkBase, nominationLink, type RenderedMail } from '../message';
import { layout } from './layout';

/** One awardee line of the document, as the email lists it. */
export interface NoticeEntry {
  readonly nominationId: string;
  readonly nomineeName: string;
  readonly position?: string;
  readonly awardName: string;
  readonly unitName: string;
}

export type DocumentAudience = 'unit' | 'secretariat' | 'province_officers';

const TITLES: Readonly<Record<IssuedDocument['kind'], string>> = {
  decision: 'Quyết định khen thưởng',
  revocation: 'Quyết định hủy bỏ khen thưởng',
  submission: 'Tờ trình đề nghị khen thưởng',
};

const LEADS: Readonly<Record<IssuedDocument['kind'], Readonly<Record<DocumentAudience, string>>>> = {
  decision: {
    unit: 'Đơn vị có cá nhân, tập thể được khen thưởng tại quyết định dưới đây.',
    secretariat: 'UBND tỉnh đã ban hành quyết định khen thưởng đối với các đề nghị của cơ quan.',
    province_officers: 'Quyết định khen thưởng đã được ban hành.',
  },
  revocation: {
    unit: 'Khen thưởng của cá nhân, tập thể thuộc đơn vị đã bị hủy bỏ theo quyết định dưới đây.',
    secretariat: 'Khen thưởng đối với các đề nghị của cơ quan đã bị hủy bỏ theo quyết định dưới đây.',
    province_officers: 'Quyết định hủy bỏ khen thưởng đã được ban hành.',
  },
  submission: {
    unit: 'Đề nghị khen thưởng của đơn vị đã được trình cấp trên tại tờ trình dưới đây.',
    secretariat: 'Các đề nghị của cơ quan đã được trình cấp trên tại tờ trình dưới đây.',
    province_officers: 'Có tờ trình đề nghị khen thưởng mới gửi đến, cần tiếp nhận và thẩm định.',
  },
};

/**
 * The email of a document (decision, revoking decision, tờ trình) to one audience: its number,
 * date, signer, summary, and the awardees that concern the reader, each with a link.
 */
export function renderDocumentNotice(input: {
  readonly document: IssuedDocument;
  readonly audience: DocumentAudience;
  /** Whom the email is about: the unit's name, or the organisation's. */
  readonly readerName: string;
  readonly issuerName: string;
  readonly signerTitle: string;
  readonly entries: readonly NoticeEntry[];
  readonly links: LinkBase;
  readonly reference: string;
}): RenderedMail {
  const { document: d, entries, links } = input;
  const title = TITLES[d.kind];
  const date = viDate(d.signedOn);
  const lead = LEADS[d.kind][input.audience];
  const rows = entries.map(
    (e, i) => html`<tr>
<td style="border: 1px solid #999; padding: 4px 8px; text-align: center">${i + 1}</td>
<td style="border: 1px solid #999; padding: 4px 8px"><a href="${nominationLink(links, e.nominationId)}">${e.nomineeName}</a></td>
<td style="border: 1px solid #999; padding: 4px 8px">${e.position ?? ''}</td>
<td style="border: 1px solid #999; padding: 4px 8px">${e.unitName}</td>
<td style="border: 1px solid #999; padding: 4px 8px">${e.awardName}</td>
</tr>`,
  );
  const body = html`<p>Kính gửi: ${input.readerName}</p>
<p>${lead}</p>
<table style="border-collapse: collapse; margin: 8px 0">
<tr><td style="padding: 2px 12px 2px 0">Số, ký hiệu</td><td><strong>${d.number}</strong></td></tr>
<tr><td style="padding: 2px 12px 2px 0">Ngày ký</td><td>${date}</td></tr>
<tr><td style="padding: 2px 12px 2px 0">Cơ quan ban hành</td><td>${input.issuerName}</td></tr>
<tr><td style="padding: 2px 12px 2px 0">Người ký</td><td>${input.signerTitle}</td></tr>
<tr><td style="padding: 2px 12px 2px 0">Trích yếu</td><td>${d.summary}</td></tr>
${d.reason ? html`<tr><td style="padding: 2px 12px 2px 0">Lý do</td><td>${d.reason}</td></tr>` : ''}
</table>
<p>Danh sách (${entries.length}):</p>
<table style="border-collapse: collapse">
<tr><th style="border: 1px solid #999; padding: 4px 8px">STT</th><th style="border: 1px solid #999; padding: 4px 8px">Họ và tên / Tập thể</th><th style="border: 1px solid #999; padding: 4px 8px">Chức vụ</th><th style="border: 1px solid #999; padding: 4px 8px">Đơn vị</th><th style="border: 1px solid #999; padding: 4px 8px">Hình thức khen thưởng</th></tr>
${rows}
</table>
<p><a href="${documentLink(links, d.id)}">Xem văn bản trên hệ thống</a></p>`;
  const text = [
    `Kính gửi: ${plainLine(input.readerName)}`,
    '',
    lead,
    '',
    `Số, ký hiệu: ${plainLine(d.number)}`,
    `Ngày ký: ${date}`,
    `Cơ quan ban hành: ${plainLine(input.issuerName)}`,
    `Người ký: ${plainLine(input.signerTitle)}`,
    `Trích yếu: ${plainLine(d.summary)}`,
    ...(d.reason ? [`Lý do: ${plainLine(d.reason)}`] : []),
    '',
    `Danh sách (${entries.length}):`,
    ...entries.map(
      (e, i) =>
        `${i + 1}. ${plainLine(e.nomineeName)}${e.position ? `, ${plainLine(e.position)}` : ''} (${plainLine(e.unitName)}): ${plainLine(e.awardName)} - ${nominationLink(links, e.nominationId)}`,
    ),
    '',
    `Xem văn bản: ${documentLink(links, d.id)}`,
  ];
  return layout({
    subject: `[TĐKT] ${title} số ${d.number} ngày ${date}`,
    heading: `${title} số ${d.number} ngày ${date}`,
    body,
    text,
    reference: input.reference,
  });
}
