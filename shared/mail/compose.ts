/**
 * Who hears what: turns one outbox item into the messages it owes, each with its exactly-once
 * key, recipients and rendered body.
 *
 * - An audit event mails the categories its transition names (`data.notify`), in one message.
 * - Events written by a document (`data.documentId`: a batch decision, a tờ trình, a revocation)
 *   are not mailed one by one: the document mails once it is `issued`, one message per unit listing
 *   that unit's awardees (nominees with an address on file in copy), one per organisation for the
 *   secretariat, one for the province officers, as the document's transition asks.
 * - Events of a meeting's agenda (`open_vote` with `data.meetingId`) are mailed by the meeting:
 *   one invitation listing the agenda to the council's voting members.
 */
import { DEFAULT_CATALOG } from '../domain/rules/catalog';
import { type AwardCode, ROLE_LABELS, type Role } from '../domain/vocabulary';
import type { NotifyCategory } from '../domain/workflow/notify';
import { TRANSITIONS } from '../domain/workflow/transitions';
import type { AuditEvent, IssuedDocument, Meeting, Nomination } from '../store';
import { viDate } from './html';
import { type LinkBase, nominationLink, type OutgoingMail } from './message';
import type { OutboxItem } from './outbox-item';
import type { MailDirectory } from './ports';
import { type DocumentAudience, type NoticeEntry, renderDocumentNotice } from './templates/document-notice';
import { renderNominationEvent } from './templates/nomination-event';
import { renderSimpleNotice } from './templates/simple-notice';

export interface ComposeDeps {
  readonly directory: MailDirectory;
  readonly links: LinkBase;
}

const awardName = (code: string): string => DEFAULT_CATALOG[code as AwardCode]?.name ?? code;

/** The nominee's own address, where the form has one (persons only). */
export function nomineeEmail(n: Nomination): string | undefined {
  const email = (n.form as { nominee?: { email?: unknown } } | undefined)?.nominee?.email;
  return n.subject === 'person' && typeof email === 'string' && email.includes('@') ? email : undefined;
}

const unique = (addresses: readonly (string | undefined)[]): string[] => [
  ...new Set(
    addresses
      .filter((a): a is string => typeof a === 'string' && a.length > 0)
      .map((a) => a.trim().toLowerCase()),
  ),
];

/** The messages one outbox item owes (none, for events their document or meeting mails). */
export async function composeMails(item: OutboxItem, deps: ComposeDeps): Promise<OutgoingMail[]> {
  switch (item.kind) {
    case 'event':
      return composeEvent(item.event, deps);
    case 'document':
      return item.document.status === 'issued' ? composeDocument(item.document, deps) : [];
    case 'meeting':
      return item.meeting.status === 'open' ? composeMeeting(item.meeting, deps) : [];
  }
}

async function composeEvent(event: AuditEvent, { directory, links }: ComposeDeps): Promise<OutgoingMail[]> {
  const data = event.data ?? {};
  const categories = (Array.isArray(data.notify) ? data.notify : []) as NotifyCategory[];
  if (categories.length === 0 || data.documentId !== undefined) return [];
  if (event.action === 'open_vote' && data.meetingId !== undefined) return [];
  const nomination = await directory.nomination(event.nominationId);
  if (nomination === undefined) throw new Error(`nomination ${event.nominationId} not found`);
  const [unit, organisation] = await Promise.all([
    directory.unit(nomination.unitId),
    directory.organisation(nomination.organisationId),
  ]);
  const to: (string | undefined)[] = [];
  for (const category of categories) {
    if (category === 'submitting_unit') to.push(...(unit?.contactEmails ?? []));
    if (category === 'nominee') to.push(nomineeEmail(nomination));
    if (category === 'secretariat') to.push(...(organisation?.contactEmails ?? []));
    if (category === 'province_officers')
      to.push(...(await directory.provinceOrganisations()).flatMap((o) => o.contactEmails));
    if (category === 'council_members')
      to.push(...(await directory.councilMembers(nomination.organisationId)).map((m) => m.email));
  }
  const decision = data.decision as { number: string; signedOn: string } | undefined;
  const letter = data.submissionLetter as { number: string; issuedOn: string } | undefined;
  const tally = data.tally as { approvals: number; denominator: number } | undefined;
  const items = data.items as { kind: string; fileRef?: string; reason: string }[] | undefined;
  const key = `EVT#${event.nominationId}#${event.seq}`;
  const rendered = renderNominationEvent(
    {
      nominationId: nomination.id,
      action: event.action,
      to: event.to,
      at: event.at,
      nomineeName: nomination.nominee.name,
      awardName: awardName(nomination.awardCode),
      unitName: unit?.name ?? nomination.unitId,
      organisationName: organisation?.name ?? nomination.organisationId,
      ...(event.reason ? { reason: event.reason } : {}),
      ...(Array.isArray(items) ? { items } : {}),
      ...(decision ? { decision: { ...decision, signerTitle: ROLE_LABELS[event.actor.role as Role] } } : {}),
      ...(letter ? { submissionLetter: letter } : {}),
      ...(tally ? { tally } : {}),
    },
    links,
    key,
  );
  return [{ key, to: unique(to), cc: [], ...rendered }];
}

/** The categories a document's transition notifies (by its action and the signer's role). */
function documentCategories(d: IssuedDocument): readonly NotifyCategory[] {
  const rows = TRANSITIONS.filter((t) => t.action === d.action && t.role === d.signedBy.role);
  return [...new Set(rows.flatMap((t) => t.notifies))];
}

async function composeDocument(
  d: IssuedDocument,
  { directory, links }: ComposeDeps,
): Promise<OutgoingMail[]> {
  const categories = documentCategories(d);
  const [issuer, nominations] = await Promise.all([
    directory.organisation(d.issuerId),
    Promise.all(d.entries.map((e) => directory.nomination(e.nominationId))),
  ]);
  const unitIds = [...new Set(d.entries.map((e) => e.unitId))];
  const units = new Map(
    await Promise.all(unitIds.map(async (id) => [id, await directory.unit(id)] as const)),
  );
  const entryOf = (e: IssuedDocument['entries'][number]): NoticeEntry => ({
    nominationId: e.nominationId,
    nomineeName: e.nomineeName,
    ...(e.position ? { position: e.position } : {}),
    awardName: awardName(e.awardCode),
    unitName: units.get(e.unitId)?.name ?? e.unitId,
  });
  const signerTitle = `${ROLE_LABELS[d.signedBy.role as Role] ?? d.signedBy.role}${issuer ? ` - ${issuer.name}` : ''}`;
  const notice = (
    audience: DocumentAudience,
    readerName: string,
    entries: readonly NoticeEntry[],
    key: string,
  ) =>
    renderDocumentNotice({
      document: d,
      audience,
      readerName,
      issuerName: issuer?.name ?? d.issuerCode,
      signerTitle,
      entries,
      links,
      reference: key,
    });
  const mails: OutgoingMail[] = [];
  if (categories.includes('submitting_unit')) {
    for (const unitId of unitIds) {
      const indexes = d.entries.flatMap((e, i) => (e.unitId === unitId ? [i] : []));
      const key = `DOC#${d.id}#UNIT#${unitId}`;
      const unit = units.get(unitId);
      const cc = categories.includes('nominee')
        ? indexes.map((i) => {
            const n = nominations[i];
            return n ? nomineeEmail(n) : undefined;
          })
        : [];
      const entries = indexes.map((i) => entryOf(d.entries[i] as IssuedDocument['entries'][number]));
      mails.push({
        key,
        to: unique(unit?.contactEmails ?? []),
        cc: unique(cc),
        ...notice('unit', unit?.name ?? unitId, entries, key),
      });
    }
  }
  if (categories.includes('secretariat')) {
    for (const organisationId of new Set(d.entries.map((e) => e.organisationId))) {
      const organisation = await directory.organisation(organisationId);
      const key = `DOC#${d.id}#ORG#${organisationId}`;
      const entries = d.entries.filter((e) => e.organisationId === organisationId).map(entryOf);
      mails.push({
        key,
        to: unique(organisation?.contactEmails ?? []),
        cc: [],
        ...notice('secretariat', organisation?.name ?? organisationId, entries, key),
      });
    }
  }
  if (categories.includes('province_officers')) {
    const province = await directory.provinceOrganisations();
    const key = `DOC#${d.id}#PROVINCE`;
    mails.push({
      key,
      to: unique(province.flatMap((o) => o.contactEmails)),
      cc: [],
      ...notice('province_officers', province[0]?.name ?? 'UBND tỉnh', d.entries.map(entryOf), key),
    });
  }
  return mails;
}

async function composeMeeting(meeting: Meeting, { directory, links }: ComposeDeps): Promise<OutgoingMail[]> {
  const seated = new Set(meeting.members.map((m) => m.memberId));
  const members = (await directory.councilMembers(meeting.organisationId)).filter((m) =>
    seated.has(m.memberId),
  );
  const organisation = await directory.organisation(meeting.organisationId);
  const key = `MEET#${meeting.id}#OPEN`;
  const rendered = renderSimpleNotice({
    subject: `[TĐKT] Mời bỏ phiếu: phiên họp Hội đồng Thi đua – Khen thưởng ngày ${viDate(meeting.heldOn)}`,
    heading: 'Phiên họp Hội đồng Thi đua – Khen thưởng đã mở',
    greeting: `Kính gửi: Thành viên Hội đồng Thi đua – Khen thưởng ${organisation?.name ?? ''}`.trim(),
    paragraphs: [
      `Phiên họp ngày ${viDate(meeting.heldOn)} đã mở với ${meeting.agenda.length} đề nghị cần biểu quyết.`,
      'Đề nghị thành viên đăng nhập hệ thống để bỏ phiếu.',
    ],
    lines: meeting.agenda.map((a) => ({
      text: `${a.nomineeName}: ${awardName(a.awardCode)}`,
      href: nominationLink(links, a.nominationId),
    })),
    reference: key,
  });
  return [{ key, to: unique(members.map((m) => m.email)), cc: [], ...rendered }];
}
