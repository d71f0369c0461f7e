/**
 * The signed Quyết định: the scan or signed PDF of an issued decision (or tờ trình), kept with
 * its record (`owned-files.ts`). Its issuer's staff attach it (the director or the secretariat of
 * the Sở, the province's leader or officers); whoever may read the decision sees and fetches it.
 * A new copy never replaces the old one in the register: the latest is the one shown.
 */
import { ForbiddenError } from '../../domain/errors';
import type { Role } from '../../domain/vocabulary';
import type { Principal } from '../../http/principal';
import {
  type FileOwner,
  type FilePorts,
  filesOf,
  linkFor,
  presignUploadFor,
  recordUploadFor,
} from '../files/owned-files';
import type { AppPorts } from '../ports';
import { loadVisibleDocument } from './load-document';

type Ports = FilePorts & Pick<AppPorts, 'documents'>;

const ATTACHERS: readonly Role[] = ['director', 'council_secretary', 'province_leader', 'province_officer'];
export const SIGNED_COPY_KIND = 'signed_decision';

const documentOwner = (id: string): FileOwner => ({ entity: 'document_file', id, storedPrefix: 'decisions' });

async function loadForAttaching(ports: Pick<Ports, 'documents'>, principal: Principal, id: string) {
  const document = await loadVisibleDocument(ports.documents, principal, id, { issuerOnly: true });
  if (!principal.roles.some((role) => ATTACHERS.includes(role)))
    throw new ForbiddenError(
      'ROLE_NOT_ALLOWED',
      'Chỉ lãnh đạo hoặc bộ phận văn thư của cơ quan ban hành đính kèm bản ký.',
    );
  return document;
}

export const makeRequestSignedCopyUpload =
  (ports: Ports) =>
  async (
    principal: Principal,
    id: string,
    input: { readonly contentType: string; readonly size: number },
  ) => {
    await loadForAttaching(ports, principal, id);
    return presignUploadFor(ports, documentOwner(id), input);
  };

export const makeRecordSignedCopy =
  (ports: Ports) =>
  async (
    principal: Principal,
    id: string,
    input: { readonly uploadId: string; readonly fileName: string },
  ) => {
    const document = await loadForAttaching(ports, principal, id);
    return recordUploadFor(
      ports,
      principal,
      documentOwner(id),
      { ...input, kind: SIGNED_COPY_KIND },
      { documentNumber: document.number },
    );
  };

/** The copies attached, oldest first; the last is the one in force (`current`). */
export const makeListSignedCopies =
  (ports: Pick<Ports, 'documents' | 'changeLog'>) => async (principal: Principal, id: string) => {
    await loadVisibleDocument(ports.documents, principal, id);
    const files = await filesOf(ports, documentOwner(id));
    return { items: files.map((f, i) => ({ ...f, current: i === files.length - 1 })) };
  };

export const makeSignedCopyLink =
  (ports: Ports) =>
  async (principal: Principal, id: string, fileId: string, options: { readonly inline: boolean }) => {
    await loadVisibleDocument(ports.documents, principal, id);
    return linkFor(ports, principal, documentOwner(id), fileId, options);
  };
