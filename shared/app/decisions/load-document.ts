import { NotFoundError } from '../../domain/errors';
import type { Role } from '../../domain/vocabulary';
import type { DocumentRepository, IssuedDocument } from '../../store';
import type { Principal } from '../principal';

const PROVINCE_ROLES: readonly Role[] = ['province_officer', 'province_leader'];

/**
 * Who may read a document: its issuer's staff; a Sở whose nominations it lists (its awardees'
 * decision from the province); the province for a tờ trình sent to it. Anyone else gets 404.
 * `issuerOnly` narrows to the issuer (e.g. to revoke).
 */
export async function loadVisibleDocument(
  documents: Pick<DocumentRepository, 'get'>,
  principal: Principal,
  id: string,
  { issuerOnly = false } = {},
): Promise<IssuedDocument> {
  const document = await documents.get(id);
  const province = principal.roles.some((r) => PROVINCE_ROLES.includes(r));
  const visible =
    document !== undefined &&
    (document.issuerId === principal.orgId ||
      (!issuerOnly &&
        ((principal.orgId !== undefined &&
          document.entries.some((e) => e.organisationId === principal.orgId)) ||
          (province && document.kind === 'submission'))));
  if (!document || !visible) throw new NotFoundError('document', id, 'Không tìm thấy văn bản.');
  return document;
}
