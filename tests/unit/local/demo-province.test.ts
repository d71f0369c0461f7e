import { describe, expect, it } from 'vitest';
import {
  DEMO_CAMPAIGNS,
  DEMO_ORGANISATIONS,
  DEMO_PEOPLE,
  DEMO_USERS,
  demoCampaigns,
  demoPeople,
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

describe('the demo seeded on any date', () => {
  it.each([
    '2026-01-01',
    '2026-11-17',
    '2026-12-08',
    '2026-12-09',
    '2026-12-15',
    '2026-12-31',
    '2027-06-15',
    '2031-02-28',
  ])('on %s, opens a valid campaign of that year that still takes nominations', (today) => {
    const [campaign] = demoCampaigns(today);
    const details = CampaignSchema.parse(campaign?.details);

    expect(campaign?.year).toBe(Number(today.slice(0, 4)));
    expect(details.nominationDeadline >= today).toBe(true);
    expect(details.title).toContain(`năm ${today.slice(0, 4)}`);
  });

  it('keeps the usual deadline (15 December) until a week before it', () => {
    expect(demoCampaigns('2027-12-08')[0]?.details.nominationDeadline).toBe('2027-12-15');
    expect(demoCampaigns('2027-12-09')[0]?.details.nominationDeadline).toBe('2027-12-23');
    expect(demoCampaigns('2027-12-30')[0]?.details.nominationDeadline).toBe('2028-01-13');
  });

  it('gives people histories in the three years before it', () => {
    const years = new Set(demoPeople(2030).flatMap((person) => person.awards.map((award) => award.year)));

    expect([...years].sort()).toEqual([2027, 2028, 2029]);
  });
});
