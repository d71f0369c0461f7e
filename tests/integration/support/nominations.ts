/**
 * Factories for nominations over the HTTP API: valid drafts for the demo province's people, and
 * helpers that create (and submit) them, returning the id. Every part can be overridden.
 */
import { expect } from 'vitest';
import { DEMO_ORGANISATIONS, DEMO_PEOPLE } from '../../../local/seed/demo-province';
import type { DossierItemInput, NominationDraftInput } from '../../../shared/domain/forms';
import type { AwardCode } from '../../../shared/domain/vocabulary';
import type { ApiClient, ApiResponse } from './api';
import { uploadTo } from './files';

let files = 0;

/** A dossier item with a file reference unique within the run. */
export function aDossierItem(overrides: Partial<DossierItemInput> = {}): DossierItemInput {
  files += 1;
  return {
    kind: 'proposal_letter',
    title: 'Tờ trình đề nghị khen thưởng',
    fileRef: `dossiers/test/file-${files}.pdf`,
    issuedOn: '2026-11-20',
    copy: 'original',
    ...overrides,
  };
}

/** The three documents every award asks for (Điều 84): letter, achievement report, minutes. */
export const baseDossier = (): DossierItemInput[] => [
  aDossierItem({
    kind: 'proposal_letter',
    title: 'Tờ trình đề nghị khen thưởng',
    documentNumber: '12/TTr-VP',
  }),
  aDossierItem({ kind: 'achievement_report', title: 'Báo cáo thành tích' }),
  aDossierItem({ kind: 'review_minutes', title: 'Biên bản họp bình xét thi đua' }),
];

const unitName = (unitId: string): string =>
  DEMO_ORGANISATIONS.flatMap((o) => o.units).find((u) => u.id === unitId)?.name ?? 'Văn phòng Sở';

/** The person nominee of a demo person (`person-snv-04` unless told), rated HTTNV, long employed. */
export function aPersonNominee(
  personId = 'person-snv-04',
  overrides: Partial<Extract<NominationDraftInput['nominee'], { subject: 'person' }>> = {},
): Extract<NominationDraftInput['nominee'], { subject: 'person' }> {
  const person = DEMO_PEOPLE.find((p) => p.id === personId);
  if (!person) throw new Error(`no demo person ${personId}`);
  return {
    subject: 'person',
    personId,
    fullName: person.fullName,
    position: person.position,
    unitName: unitName(person.unitId),
    holdsLeadershipPost: person.holdsLeadershipPost,
    gender: person.gender,
    taskRating: 'HTTNV',
    employedSince: '2015-09-01',
    ...overrides,
  };
}

/**
 * `person-snv-04` as the form would name someone typed in rather than picked from the directory
 * (no `personId`): a person may be nominated for an annual award once a year, and only a
 * directory id is claimed, so many default drafts can be submitted side by side.
 */
function aDefaultNominee(): Extract<NominationDraftInput['nominee'], { subject: 'person' }> {
  const { personId: _unclaimed, ...nominee } = aPersonNominee();
  return nominee;
}

/**
 * A valid annual draft for the 2026 campaign: LĐTT for `person-snv-04` (without its directory id,
 * see `aDefaultNominee`) unless overridden.
 */
export function aDraft(overrides: Partial<NominationDraftInput> = {}): NominationDraftInput {
  return {
    subject: 'person',
    awardCode: 'LDTT',
    track: 'annual',
    year: 2026,
    campaignId: 'camp-snv-2026',
    nominee: aDefaultNominee(),
    dossier: baseDossier(),
    ...overrides,
  };
}

/** A draft with a person nominee that is not in the directory (a fresh name each time). */
export function anUnlistedPersonDraft(
  n: number,
  overrides: Partial<NominationDraftInput> = {},
): NominationDraftInput {
  return aDraft({
    nominee: {
      subject: 'person',
      fullName: `Cán bộ thử nghiệm số ${n}`,
      position: 'Chuyên viên',
      unitName: 'Văn phòng Sở',
      holdsLeadershipPost: false,
      taskRating: 'HTTNV',
      employedSince: '2015-09-01',
    },
    ...overrides,
  });
}

/** An initiative claim (sáng kiến) recognised in 2026 with provincial reach. */
export function anInitiative(recognitionNumber: string, overrides: Record<string, unknown> = {}) {
  return {
    kind: 'initiative' as const,
    title: `Sáng kiến ${recognitionNumber}`,
    recognitionNumber,
    recognisedOn: '2026-06-15',
    reach: 'province' as const,
    ...overrides,
  };
}

interface DraftBody {
  nomination: { id: string; version: number; state: string };
  eligibility: { verdict: string; results: { ruleId: string; status: string; citation: string }[] };
}

/** Files each officer uploaded to their unit's shared documents, by kind (one upload per kind). */
const unitFiles = new WeakMap<ApiClient, Map<string, string>>();

/**
 * A real file for a document of the officer's unit, uploaded as a browser does (presigned POST to
 * the local bucket, then recorded): acceptance asks each required document's file (Điều 84).
 */
export async function unitFile(officer: ApiClient, kind: string, version = ''): Promise<string> {
  const unitId = officer.user.unitId;
  const cache = unitFiles.get(officer) ?? new Map<string, string>();
  unitFiles.set(officer, cache);
  const known = cache.get(`${kind}${version}`);
  if (known || !unitId) return known ?? '';
  const pdf = new Uint8Array(Buffer.from(`%PDF-1.7\n% ${kind}\n%%EOF\n`));
  const { recorded } = await uploadTo(officer, `/units/${unitId}`, pdf, {
    kind,
    fileName: `${kind}.pdf`,
    contentType: 'application/pdf',
  });
  expect(recorded?.status, JSON.stringify(recorded?.body)).toBe(201);
  if (!recorded) throw new Error('unit file: not uploaded');
  cache.set(`${kind}${version}`, recorded.body.fileRef);
  return recorded.body.fileRef;
}

/** The draft with each document's file really uploaded (the unit's shared documents). */
export async function withUploadedFiles(
  officer: ApiClient,
  draft: NominationDraftInput,
): Promise<NominationDraftInput> {
  if (!draft.dossier || !officer.user.unitId) return draft;
  const dossier: DossierItemInput[] = [];
  for (const item of draft.dossier) dossier.push({ ...item, fileRef: await unitFile(officer, item.kind) });
  return { ...draft, dossier };
}

/** Creates a draft (its documents' files uploaded) and returns the API's answer; fails unless 201. */
export async function createDraft(
  officer: ApiClient,
  draft: NominationDraftInput = aDraft(),
): Promise<ApiResponse<DraftBody>> {
  const res = await officer.post<DraftBody>('/nominations', await withUploadedFiles(officer, draft));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res;
}

/** Creates a draft and submits it; returns the nomination's id (now `submitted`, version 2). */
export async function createSubmitted(
  officer: ApiClient,
  draft: NominationDraftInput = aDraft(),
): Promise<string> {
  const { body } = await createDraft(officer, draft);
  const res = await officer.post(`/nominations/${body.nomination.id}/submit`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return body.nomination.id;
}

/** Creates, submits and has the secretariat accept a nomination; returns its id (`accepted`). */
export async function createAccepted(
  officer: ApiClient,
  secretary: ApiClient,
  draft: NominationDraftInput = aDraft(),
): Promise<string> {
  const id = await createSubmitted(officer, draft);
  const res = await secretary.post(`/nominations/${id}/accept`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return id;
}

/** A valid draft for the award, e.g. `draftFor('CSTDCS', 'person-snv-01')` (HTXSNV, dossier complete). */
export function draftFor(
  awardCode: AwardCode,
  personId = 'person-snv-04',
  year = 2026,
): NominationDraftInput {
  const dossier = baseDossier();
  if (awardCode === 'CSTDCS' || awardCode === 'CSTD_TINH') {
    dossier.push(aDossierItem({ kind: 'initiative_certificate', title: 'Giấy chứng nhận sáng kiến' }));
  }
  if (awardCode === 'CSTD_TINH')
    dossier.push(aDossierItem({ kind: 'vote_tally', title: 'Biên bản kiểm phiếu' }));
  return aDraft({
    awardCode,
    year,
    nominee: aPersonNominee(personId, { taskRating: awardCode === 'LDTT' ? 'HTTNV' : 'HTXSNV' }),
    dossier,
  });
}
