import { DOSSIER_KIND_LABELS, type DossierKind } from '../../domain/dossier-kinds';
import { type NominationState, STATE_LABELS } from '../../domain/workflow/states';
import { html, plainLine, viDate } from '../html';
import { type LinkBase, nominationLink, type RenderedMail } from '../message';
import { layout } from './layout';

/** What the email says about one state change of one nomination. */
export interface NominationEventNotice {
  readonly nominationId: string;
  readonly action: string;
  readonly to: string;
  readonly at: string;
  readonly nomineeName: string;
  readonly awardName: string;
  readonly unitName: string;
  readonly organisationName: string;
  readonly reason?: string;
  /** Per-item reasons of a return (kind, document, why). */
  readonly items?: readonly { readonly kind: string; readonly fileRef?: string; readonly reason: string }[];
  readonly decision?: { readonly number: string; readonly signedOn: string; readonly signerTitle?: string };
  readonly submissionLetter?: { readonly number: string; readonly issuedOn: string };
  readonly tally?: { readonly approvals: number; readonly denominator: number };
}

/** The headline of each notifying action, as the reader sees it. */
const HEADLINES: Readonly<Record<string, string>> = {
  submit: 'Có hồ sơ đề nghị khen thưởng mới gửi đến',
  resubmit: 'Hồ sơ đề nghị khen thưởng đã được bổ sung và gửi lại',
  return: 'Hồ sơ đề nghị khen thưởng bị trả lại để bổ sung',
  accept: 'Hồ sơ đề nghị khen thưởng đã được tiếp nhận',
  open_vote: 'Hồ sơ được đưa ra Hội đồng Thi đua – Khen thưởng xét',
  record_pass: 'Hội đồng Thi đua – Khen thưởng đã thông qua đề nghị',
  record_fail: 'Hội đồng Thi đua – Khen thưởng không thông qua đề nghị',
  decide: 'Đã có quyết định khen thưởng',
  forward: 'Hồ sơ đề nghị khen thưởng đã được trình UBND tỉnh',
  province_return: 'UBND tỉnh trả lại hồ sơ để bổ sung',
  reforward: 'Hồ sơ đề nghị khen thưởng được trình lại UBND tỉnh',
  record_province_fail: 'Hội đồng Thi đua – Khen thưởng tỉnh không thông qua đề nghị',
  province_reject: 'UBND tỉnh không chấp thuận đề nghị khen thưởng',
  province_decide: 'Chủ tịch UBND tỉnh đã quyết định khen thưởng',
  forward_to_central: 'Hồ sơ đã được trình cấp Trung ương',
  withdraw: 'Đơn vị đã rút đề nghị khen thưởng',
  revoke: 'Khen thưởng đã bị hủy bỏ',
};

const kindLabel = (kind: string): string => DOSSIER_KIND_LABELS[kind as DossierKind] ?? kind;
const stateLabel = (state: string): string => STATE_LABELS[state as NominationState] ?? state;

/** The email of one nomination's state change: who, which award, what happened, why, and a link. */
export function renderNominationEvent(
  n: NominationEventNotice,
  links: LinkBase,
  reference: string,
): RenderedMail {
  const headline = HEADLINES[n.action] ?? `Hồ sơ chuyển sang trạng thái: ${stateLabel(n.to)}`;
  const link = nominationLink(links, n.nominationId);
  const facts: [string, string][] = [
    ['Người / tập thể được đề nghị', n.nomineeName],
    ['Hình thức khen thưởng', n.awardName],
    ['Đơn vị đề nghị', n.unitName],
    ['Cơ quan', n.organisationName],
    ['Trạng thái', stateLabel(n.to)],
    ['Thời điểm', viDate(n.at)],
    ...(n.decision
      ? ([
          ['Quyết định số', n.decision.number],
          ['Ngày ký', viDate(n.decision.signedOn)],
          ...(n.decision.signerTitle ? [['Người ký', n.decision.signerTitle] as [string, string]] : []),
        ] as [string, string][])
      : []),
    ...(n.submissionLetter
      ? ([
          ['Tờ trình số', n.submissionLetter.number],
          ['Ngày trình', viDate(n.submissionLetter.issuedOn)],
        ] as [string, string][])
      : []),
    ...(n.tally
      ? ([['Kết quả biểu quyết', `${n.tally.approvals}/${n.tally.denominator} đồng ý`]] as [string, string][])
      : []),
    ...(n.reason ? ([['Lý do', n.reason]] as [string, string][]) : []),
  ];
  const items = n.items ?? [];
  const body = html`<table style="border-collapse: collapse; margin: 8px 0">
${facts.map(([label, value]) => html`<tr><td style="padding: 2px 12px 2px 0">${label}</td><td><strong>${value}</strong></td></tr>`)}
</table>
${
  items.length > 0
    ? html`<p>Nội dung cần bổ sung, hoàn thiện:</p>
<ol>${items.map((item) => html`<li><strong>${kindLabel(item.kind)}</strong>${item.fileRef ? html` (${item.fileRef})` : ''}: ${item.reason}</li>`)}</ol>`
    : ''
}
<p><a href="${link}">Xem hồ sơ trên hệ thống</a></p>`;
  const text = [
    ...facts.map(([label, value]) => `${label}: ${plainLine(value)}`),
    ...(items.length > 0
      ? [
          '',
          'Nội dung cần bổ sung, hoàn thiện:',
          ...items.map(
            (item, i) =>
              `${i + 1}. ${kindLabel(item.kind)}${item.fileRef ? ` (${plainLine(item.fileRef)})` : ''}: ${plainLine(item.reason)}`,
          ),
        ]
      : []),
    '',
    `Xem hồ sơ: ${link}`,
  ];
  return layout({
    subject: `[TĐKT] ${headline}: ${n.nomineeName} - ${n.awardName}`,
    heading: headline,
    body,
    text,
    reference,
  });
}
