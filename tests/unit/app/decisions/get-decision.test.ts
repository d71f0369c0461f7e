import { describe, expect, it } from 'vitest';
import { makeGetDecision } from '../../../../shared/app/decisions/get-decision';
import type { AppPorts } from '../../../../shared/app/ports';
import type { DocumentEntry, IssuedDocument } from '../../../../shared/store';
import { aPrincipal, aStoredNomination, fakeNominations } from '../nominations/fakes';

const entry = (nominationId: string, organisationId: string): DocumentEntry => ({
  nominationId,
  organisationId,
  unitId: `unit-of-${organisationId}`,
  awardCode: 'BK_TINH',
  nomineeName: `Người ${nominationId}`,
});

/** A chairman's decision granting awards to two Sở's nominees, one of each revoked since. */
const decision: IssuedDocument = {
  id: 'doc-ubnd-1',
  kind: 'decision',
  series: 'QD',
  issuerId: 'org-ubnd',
  issuerCode: 'UBND',
  year: 2026,
  seq: 7,
  number: '07/QĐ-UBND',
  signedOn: '2026-11-25',
  signedBy: { userId: 'user-chutich', role: 'province_leader' },
  summary: 'Tặng Bằng khen',
  action: 'Tặng Bằng khen của Chủ tịch UBND tỉnh',
  entries: [
    entry('nom-snv-kept', 'org-snv'),
    entry('nom-snv-revoked', 'org-snv'),
    entry('nom-syt-kept', 'org-syt'),
    entry('nom-syt-revoked', 'org-syt'),
  ],
  status: 'issued',
  createdAt: '2026-11-25T08:00:00.000Z',
};

function getDecision() {
  const { repo } = fakeNominations(
    decision.entries.map((e) =>
      aStoredNomination({
        id: e.nominationId,
        organisationId: e.organisationId,
        state: e.nominationId.endsWith('revoked') ? 'revoked' : 'decided',
      }),
    ),
  );
  const asked: string[][] = [];
  const nominations = {
    ...repo,
    getManyHeads: async (ids: readonly string[]) => {
      asked.push([...ids]);
      return repo.getManyHeads(ids);
    },
  };
  const documents = { get: async (id: string) => (id === decision.id ? decision : undefined) };
  const get = makeGetDecision({
    documents: documents as unknown as AppPorts['documents'],
    nominations,
  });
  return { get, asked };
}

const marked = (answer: { entries: readonly { nominationId: string; revoked?: true }[] }) =>
  answer.entries.filter((e) => e.revoked).map((e) => e.nominationId);

describe('GET /decisions/{id}: awards revoked since', () => {
  it("marks every revoked award for the issuer's staff, read in one request", async () => {
    const { get, asked } = getDecision();
    const answer = await get(aPrincipal({ roles: ['province_officer'], orgId: 'org-ubnd' }), decision.id);
    expect(marked(answer)).toEqual(['nom-snv-revoked', 'nom-syt-revoked']);
    expect(asked).toHaveLength(1);
  });

  it("marks only a Sở's own revoked awards: another Sở's revocation is not its to know", async () => {
    const { get, asked } = getDecision();
    const answer = await get(aPrincipal({ roles: ['council_secretary'], orgId: 'org-snv' }), decision.id);
    expect(marked(answer)).toEqual(['nom-snv-revoked']);
    expect(asked).toEqual([['nom-snv-kept', 'nom-snv-revoked']]);
    expect(answer.entries).toHaveLength(4);
  });
});
