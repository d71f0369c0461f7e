/**
 * The files of a nomination's dossier (`owned-files.ts`): the owning unit uploads while the
 * dossier is a draft or returned; whoever may read the nomination lists and fetches them. A
 * returned dossier gets new files, and the register keeps the earlier ones.
 */
import { ConflictError, ForbiddenError } from '../../domain/errors';
import type { DossierKind } from '../../domain/forms';
import type { Principal } from '../../http/principal';
import type { Nomination } from '../../store';
import { loadVisibleNomination } from '../access';
import { draftOf } from '../nominations/draft-form';
import type { AppPorts } from '../ports';
import {
  type FileOwner,
  type FilePorts,
  filesOf,
  linkFor,
  presignUploadFor,
  recordUploadFor,
  type StoredFile,
} from './owned-files';

type Ports = FilePorts & Pick<AppPorts, 'nominations'>;

/** A registered file of a dossier. */
export type DossierFile = StoredFile & { readonly kind: DossierKind };

export const dossierOwner = (id: string): FileOwner => ({
  entity: 'dossier_file',
  id,
  storedPrefix: 'dossiers',
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
    const files = await filesOf(ports, dossierOwner(id));
    return { items: files.map((f) => ({ ...f, current: current.has(f.fileRef) })) };
  };

/** A short-lived link to one file of the dossier, for whoever may read the nomination, recorded first. */
export const makeFileLink =
  (ports: Ports) =>
  async (principal: Principal, id: string, fileId: string, options: { readonly inline: boolean }) => {
    await loadVisibleNomination(ports.nominations, principal, id);
    return linkFor(ports, principal, dossierOwner(id), fileId, options);
  };
