/**
 * The files of a nomination's dossier (`owned-files.ts`): the owning unit uploads while the
 * dossier is a draft or returned; whoever may read the nomination lists and fetches them. A
 * returned dossier gets new files, and the register keeps the earlier ones.
 */
import { ConflictError, ForbiddenError, NotFoundError } from '../../domain/errors';
import type { DossierKind } from '../../domain/forms';
import type { Nomination } from '../../store';
import { loadVisibleNomination } from '../access';
import { meetingIdsOf, meetingOfFileRef, meetingOwner } from '../council/meeting-records';
import { hasAnyRole, PROVINCE_ROLES } from '../directory/visibility';
import { draftOf } from '../nominations/draft-form';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import {
  currentPerKind,
  type FileOwner,
  type FilePorts,
  filesOf,
  findFile,
  linkFor,
  presignUploadFor,
  recordUploadFor,
  type StoredFile,
} from './owned-files';

/** Reading a nomination is all these routes do with it; their function bundles no nomination writes. */
type Ports = FilePorts & { readonly nominations: Pick<AppPorts['nominations'], 'get'> };

/** A registered file of a dossier. */
export type DossierFile = StoredFile & { readonly kind: DossierKind };

export const dossierOwner = (id: string): FileOwner => ({
  entity: 'dossier_file',
  id,
  storedPrefix: 'dossiers',
});
/** A unit's shared documents: a list's tờ trình, minutes and report, which each of its nominations names. */
export const unitOwner = (unitId: string): FileOwner => ({
  entity: 'unit_file',
  id: unitId,
  storedPrefix: 'units',
});

/** A dossier takes files while its unit can still change it. */
const EDITABLE = new Set(['draft', 'returned']);

async function loadOwnEditable(
  ports: Pick<Ports, 'nominations'>,
  principal: Principal,
  nominationId: string,
) {
  const nomination = await loadVisibleNomination(ports.nominations, principal, nominationId);
  if (nomination.unitId !== principal.unitId)
    throw new ForbiddenError('WORKFLOW_NOT_OWNER', 'Đề nghị này không thuộc đơn vị của bạn.');
  if (!EDITABLE.has(nomination.state))
    throw new ConflictError(
      'DOSSIER_LOCKED',
      'Hồ sơ đã gửi không sửa được tệp; khi hồ sơ được trả lại, đơn vị tải lên tệp mới.',
      { state: nomination.state },
    );
  return nomination;
}

export interface UploadRequest {
  readonly kind: DossierKind;
  readonly fileName: string;
  readonly contentType: string;
  readonly size: number;
}

/** A presigned POST for one new file of the dossier (20 MB a file, 100 MB a dossier by default). */
export const makeRequestUpload =
  (ports: Ports) => async (principal: Principal, id: string, input: UploadRequest) => {
    await loadOwnEditable(ports, principal, id);
    return presignUploadFor(ports, dossierOwner(id), input);
  };

export interface RecordRequest {
  readonly uploadId: string;
  readonly kind: DossierKind;
  readonly fileName: string;
}

/** Checks and registers an uploaded file of the dossier (`recordUploadFor`). */
export const makeRecordFile =
  (ports: Ports) => async (principal: Principal, id: string, input: RecordRequest) => {
    const nomination = await loadOwnEditable(ports, principal, id);
    return recordUploadFor(ports, principal, dossierOwner(id), input, { nominationState: nomination.state });
  };

/** Which files the current form names: the others are earlier versions, kept. */
const currentRefs = (nomination: Nomination) =>
  new Set(draftOf(nomination).dossier.map((item) => item.fileRef));

/** Every file of the dossier, current and earlier, for whoever may read the nomination. */
export const makeListFiles =
  (ports: Pick<Ports, 'nominations' | 'changeLog'>) => async (principal: Principal, id: string) => {
    const nomination = await loadVisibleNomination(ports.nominations, principal, id);
    const current = currentRefs(nomination);
    const [files, council] = await Promise.all([
      nominationFiles(ports, nomination, current),
      councilFiles(ports, nomination, principal),
    ]);
    return { items: [...files.map((f) => ({ ...f, current: current.has(f.fileRef) })), ...council] };
  };

/** The dossier's own files, and the unit's shared documents its form names (a list's tờ trình…). */
export async function nominationFiles(
  ports: Pick<Ports, 'changeLog'>,
  nomination: Nomination,
  current: ReadonlySet<string>,
) {
  const own = await filesOf(ports, dossierOwner(nomination.id));
  const shared = [...current].some((ref) => ref.startsWith('units/'))
    ? (await filesOf(ports, unitOwner(nomination.unitId))).filter((f) => current.has(f.fileRef))
    : [];
  return [...shared, ...own];
}

/**
 * The signed minutes and tallies of the council meetings that considered the nomination: items
 * of its dossier from the council's side, kept once with the meeting. Per meeting and kind, the
 * last attached is the one in force. A council's records name every nomination on its agenda, so
 * they go to its own organisation's people and to the province's (a Sở's minutes travel up with
 * the dossier), not to another Sở reading a nomination the provincial council also considered.
 */
async function councilFiles(ports: Pick<Ports, 'changeLog'>, nomination: Nomination, principal: Principal) {
  const province = hasAnyRole(principal, PROVINCE_ROLES);
  const perMeeting = await Promise.all(
    meetingIdsOf(nomination).map(async (meetingId) => {
      const files = currentPerKind(await filesOf(ports, meetingOwner(meetingId)));
      return files
        .filter((f) => province || f.councilOrganisationId === principal.orgId)
        .map((f) => ({ ...f, meetingId }));
    }),
  );
  return perMeeting.flat();
}

/** A short-lived link to one file of the dossier, for whoever may read the nomination, recorded first. */
export const makeFileLink =
  (ports: Ports) =>
  async (principal: Principal, id: string, fileId: string, options: { readonly inline: boolean }) => {
    const nomination = await loadVisibleNomination(ports.nominations, principal, id);
    const [files, council] = await Promise.all([
      dossierFilesOf(ports, nomination),
      councilFiles(ports, nomination, principal),
    ]);
    const file = findFile([...files, ...council], fileId);
    // A council's minutes (kept with its meeting), a shared document of the unit (named by this
    // dossier), else one of the dossier's own files.
    const meetingId = meetingOfFileRef(file.fileRef);
    const owner = meetingId
      ? meetingOwner(meetingId)
      : file.fileRef.startsWith('units/')
        ? unitOwner(nomination.unitId)
        : dossierOwner(id);
    return linkFor(ports, principal, owner, file, options);
  };

/** A unit's officer uploads its shared documents (a list proposal's), for its own unit only. */
function assertOwnUnit(principal: Principal, unitId: string) {
  if (principal.unitId !== unitId) throw new NotFoundError('unit', unitId, 'Không tìm thấy đơn vị.');
}

export const makeRequestUnitUpload =
  (ports: FilePorts) => async (principal: Principal, unitId: string, input: UploadRequest) => {
    assertOwnUnit(principal, unitId);
    return presignUploadFor(ports, unitOwner(unitId), input);
  };

export const makeRecordUnitFile =
  (ports: FilePorts) => async (principal: Principal, unitId: string, input: RecordRequest) => {
    assertOwnUnit(principal, unitId);
    return recordUploadFor(ports, principal, unitOwner(unitId), input);
  };

/** The files a nomination's dossier names and that are really uploaded (its own, its unit's shared). */
export const dossierFilesOf = (ports: Pick<FilePorts, 'changeLog'>, nomination: Nomination) =>
  nominationFiles(ports, nomination, currentRefs(nomination));
