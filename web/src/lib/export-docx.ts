import { api } from '../api/client';
import type { CouncilView, DocumentView, MeetingView, OrganisationView, Page, UnitView } from '../api/types';
import { loadConfig } from '../config';
import { organisationsToLookUp, recordedDocumentOf } from './recorded-document';
import { saveFile } from './save-file';

/** The province named at the end of an organisation's name ("Sở Nội vụ tỉnh Hà Tĩnh"), when the config has none. */
export const provinceFrom = (name: string) => /\btỉnh\s+(.+)$/i.exec(name)?.[1]?.trim() ?? '';

/**
 * Unit names of the organisations of awardees recorded without one (older decisions); a list the
 * caller may not read is left out.
 */
async function unitNames(organisationIds: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  await Promise.all(
    organisationIds.map(async (id) => {
      let cursor: string | undefined;
      try {
        do {
          const page: Page<UnitView> = await api.get<Page<UnitView>>(
            `/organisations/${encodeURIComponent(id)}/units`,
            { query: { limit: 100, ...(cursor ? { cursor } : {}) } },
          );
          for (const unit of page.items) names.set(unit.id, unit.name);
          cursor = page.cursor;
        } while (cursor);
      } catch {
        // The annex's "Đơn vị" stays blank for the official to fill in.
      }
    }),
  );
  return names;
}

/**
 * Downloads the .docx draft of a recorded decision or tờ trình, laid out per Nghị định
 * 30/2020/NĐ-CP. The document model and the .docx writer load only now (a chunk of their own),
 * like the Excel export, so the first screen never pays for them.
 */
export async function downloadDraftDocx(documentId: string): Promise<void> {
  const [{ draftDocx }, doc, config] = await Promise.all([
    import('./docx/draft'),
    api.get<DocumentView>(`/decisions/${encodeURIComponent(documentId)}`),
    loadConfig().catch(() => undefined),
  ]);
  // Decisions record each awardee's unit name; only older records need the units looked up.
  const [organisation, units] = await Promise.all([
    api.get<OrganisationView>(`/organisations/${encodeURIComponent(doc.issuerId)}`),
    unitNames(organisationsToLookUp(doc)),
  ]);
  const { fileName, blob } = await draftDocx({
    document: recordedDocumentOf(doc, units),
    organisation,
    provinceName: config?.provinceName || provinceFrom(organisation.name),
  });
  saveFile(fileName, blob);
}

/**
 * Downloads the council's biên bản họp or biên bản kiểm phiếu of a closed meeting as .docx, in
 * the NĐ 30 layout, drafted from the meeting as recorded (members present, each item's ballot,
 * counts, result, recusals and declared conflicts); the secretary who keeps it from the council.
 */
export async function downloadMinutesDocx(meeting: MeetingView, kind: 'minutes' | 'tally'): Promise<void> {
  const councilPath =
    meeting.level === 'province'
      ? '/province/council'
      : `/organisations/${encodeURIComponent(meeting.organisationId)}/council`;
  const [{ minutesDocx }, config, organisation, council] = await Promise.all([
    import('./docx/minutes'),
    loadConfig().catch(() => undefined),
    api.get<OrganisationView>(`/organisations/${encodeURIComponent(meeting.organisationId)}`),
    api.get<CouncilView>(councilPath).catch(() => undefined),
  ]);
  const secretary = council?.members.find((m) => m.seat === 'secretary' && m.inForce)?.name;
  const { fileName, blob } = await minutesDocx({
    meeting,
    organisation,
    provinceName: config?.provinceName || provinceFrom(organisation.name),
    kind,
    secretaryName: secretary,
  });
  saveFile(fileName, blob);
}
