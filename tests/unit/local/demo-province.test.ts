import { describe, expect, it } from 'vitest';
import {
  DEMO_CAMPAIGNS,
  DEMO_ORGANISATIONS,
  DEMO_PEOPLE,
  DEMO_USERS,
} from '../../../local/seed/demo-province';
import { CampaignSchema } from '../../../shared/domain/forms';
import { ROLES } from '../../../shared/domain/vocabulary';

const unitIds = new Set(DEMO_ORGANISATIONS.flatMap((org) => org.units.map((unit) => `${org.id}/${unit.id}`)));
const orgIds = new Set(DEMO_ORGANISATIONS.map((org) => org.id));

describe('the demo province', () => {
  it('has campaigns that pass the same schema the API applies', () => {
    for (const campaign of DEMO_CAMPAIGNS) {
      const result = CampaignSchema.safeParse(campaign.details);

      expect(result.error?.issues ?? []).toEqual([]);
    }
  });

  it('places every person and unit officer in a unit of their own organisation', () => {
    for (const person of DEMO_PEOPLE) expect(unitIds).toContain(`${person.organisationId}/${person.unitId}`);
    for (const user of DEMO_USERS.filter((u) => u.unitId))
      expect(unitIds).toContain(`${user.orgId}/${user.unitId}`);
  });

  it('has at least one user for every role, each in a known organisation', () => {
    const roles = new Set(DEMO_USERS.flatMap((user) => user.roles));

    expect([...roles].sort()).toEqual([...ROLES].sort());
    for (const user of DEMO_USERS.filter((u) => u.orgId)) expect(orgIds).toContain(user.orgId);
  });
});
