import { describe, expect, it } from 'vitest';
import { loadEditableCampaign, loadVisibleCampaign } from '../../../../shared/app/campaigns/campaign-access';
import { NotFoundError } from '../../../../shared/domain/errors';
import type { Principal } from '../../../../shared/http/principal';
import type { Organisation, StoredCampaign, Versioned } from '../../../../shared/store';

const organisations: Record<string, Versioned<Organisation>> = {
  'org-a': {
    id: 'org-a',
    code: 'A',
    name: 'Sở A',
    level: 'department',
    createdAt: '2026-01-01T00:00:00Z',
    version: 1,
  },
  'org-b': {
    id: 'org-b',
    code: 'B',
    name: 'Sở B',
    level: 'department',
    createdAt: '2026-01-01T00:00:00Z',
    version: 1,
  },
  'org-p': {
    id: 'org-p',
    code: 'UBND',
    name: 'UBND tỉnh',
    level: 'province',
    createdAt: '2026-01-01T00:00:00Z',
    version: 1,
  },
};

const aCampaign = (overrides: Partial<StoredCampaign> = {}): StoredCampaign => ({
  id: 'c1',
  organisationId: 'org-a',
  year: 2026,
  title: 'Phong trào',
  details: {},
  status: 'draft',
  version: 1,
  createdAt: '2026-01-01T00:00:00Z',
  ...overrides,
});

const portsWith = (campaign: StoredCampaign) => ({
  campaigns: { get: async (id: string) => (id === campaign.id ? campaign : undefined) },
  organisations: { getOrganisation: async (id: string) => organisations[id] },
});

const who = (roles: Principal['roles'], orgId?: string, unitId?: string): Principal => ({
  userId: 'u1',
  roles,
  ...(orgId ? { orgId } : {}),
  ...(unitId ? { unitId } : {}),
});

describe('who sees a campaign', () => {
  it('shows a draft to its organisation’s secretary but not to its units', async () => {
    const ports = portsWith(aCampaign());

    await expect(
      loadVisibleCampaign(ports, who(['council_secretary'], 'org-a'), 'c1'),
    ).resolves.toMatchObject({
      id: 'c1',
    });
    await expect(loadVisibleCampaign(ports, who(['unit_officer'], 'org-a', 'u-a'), 'c1')).rejects.toThrow(
      NotFoundError,
    );
  });

  it('shows a published campaign of the province to every unit, and of a Sở only to its own', async () => {
    const province = portsWith(aCampaign({ organisationId: 'org-p', status: 'published' }));
    const department = portsWith(aCampaign({ status: 'published' }));

    await expect(
      loadVisibleCampaign(province, who(['unit_officer'], 'org-b', 'u-b'), 'c1'),
    ).resolves.toBeDefined();
    await expect(
      loadVisibleCampaign(department, who(['unit_officer'], 'org-b', 'u-b'), 'c1'),
    ).rejects.toThrow(NotFoundError);
  });

  it('lets only the organisation’s own editors edit, answering others as if it did not exist', async () => {
    const ports = portsWith(aCampaign({ status: 'published' }));

    await expect(loadEditableCampaign(ports, who(['director'], 'org-a'), 'c1')).resolves.toBeDefined();
    await expect(loadEditableCampaign(ports, who(['council_member'], 'org-a'), 'c1')).rejects.toThrow(
      NotFoundError,
    );
    await expect(loadEditableCampaign(ports, who(['province_officer'], 'org-p'), 'c1')).rejects.toThrow(
      NotFoundError,
    );
  });
});
