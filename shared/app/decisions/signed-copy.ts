/**
 * The signed Quyết định: the scan or signed PDF of an issued decision (or tờ trình), kept with
 * its record (`owned-files.ts`). Its issuer's staff attach it (the director or the secretariat of
 * the Sở, the province's leader or officers); whoever may read the decision sees and fetches it.
 * A new copy never replaces the old one in the register: the latest is the one shown.
 */

import type { DocumentRepository } from '../../store';
import {
  type FileOwner,
  type FilePorts,
  filesOf,
  findFile,
  linkFor,
  presignUploadFor,
  recordUploadFor,
} from '../files/owned-files';
import type { Principal } from '../principal';
import { loadVisibleDocument } from './load-document';

/** Only one decision read: the file routes' function holds no document repository (bundle size). */
type Ports = FilePorts & { readonly documents: Pick<DocumentRepository, 'get'> };

export const SIGNED_COPY_KIND = 'signed_decision';

const documentOwner = (id: string): FileOwner => ({ entity: 'document_file', id, storedPrefix: 'decisions' });

/** The roles that attach are the routes' (`requestSignedCopyUpload`); here, the issuer's staff only. */
const loadForAttaching = (ports: Pick<Ports, 'documents'>, principal: Principal, id: string) =>
  loadVisibleDocument(ports.documents, principal, id, { issuerOnly: true });

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
    const file = findFile(await filesOf(ports, documentOwner(id)), fileId);
    return linkFor(ports, principal, documentOwner(id), file, options);
  };
