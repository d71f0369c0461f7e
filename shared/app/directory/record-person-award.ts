import { NotFoundError } from '../../domain/errors';
import type { Principal } from '../../http/principal';
import type { AwardEntry } from '../../store';
import type { AppPorts } from '../ports';
import type { AwardRecordInput } from './inputs';
import { registryChange } from './registry-change';
import { isAdmin, loadVisiblePerson } from './visibility';

/**
 * The decision as an id: `09/QĐ-SNV` of 2025 → `dec-2025-09-qd-snv` (numbers restart each year
 * per issuer), so one decision grants a person one entry.
 */
export function decisionIdOf(decisionNumber: string, decidedOn: string): string {
  return `dec-${decidedOn.slice(0, 4)}-${decisionNumber
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

/**
 * Records an award a person already received (history from before the system, or a decision
 * made elsewhere): the admin, the Sở's secretariat for its own people, and the province's Ban
 * TĐKT. The same decision twice for one person is `ALREADY_EXISTS` (409).
 */
export const makeRecordPersonAward =
  ({ persons, clock }: Pick<AppPorts, 'persons' | 'clock'>) =>
  async (principal: Principal, personId: string, input: AwardRecordInput): Promise<AwardEntry> => {
    const person = await loadVisiblePerson(persons, principal, personId);
    const mayRecord =
      isAdmin(principal) ||
      principal.roles.includes('province_officer') ||
      (principal.roles.includes('council_secretary') && principal.orgId === person.organisationId);
    if (!mayRecord) throw new NotFoundError('person', personId, 'Không tìm thấy cá nhân.');
    const decisionId = decisionIdOf(input.decisionNumber, input.decidedOn);
    const entry: AwardEntry = {
      holder: { kind: 'person', id: person.id },
      year: input.year,
      awardCode: input.awardCode,
      track: input.track,
      unitId: person.unitId,
      entryId: decisionId,
      decisionId,
      decisionNumber: input.decisionNumber,
      decidedAt: `${input.decidedOn}T00:00:00.000Z`,
    };
    const at = clock.now().toISOString();
    return persons.recordAward(
      entry,
      registryChange(principal, at, 'award', `${person.id}/${decisionId}`, entry),
    );
  };
