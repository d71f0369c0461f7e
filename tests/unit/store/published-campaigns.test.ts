import { describe, expect, it } from 'vitest';
import type { CampaignRepository, StoredCampaign } from '../../../shared/store';
import { withPublishedCampaignsKept } from '../../../shared/store/published-campaigns';

const campaign = (id: string, status: 'draft' | 'published'): StoredCampaign =>
  ({
    id,
    organisationId: 'org-snv',
    year: 2026,
    title: id,
    details: {},
    status,
    createdAt: '',
    version: 1,
  }) as StoredCampaign;

function counting(store: Map<string, StoredCampaign>) {
  const reads: string[] = [];
  const repository = {
    get: async (id: string) => {
      reads.push(id);
      return store.get(id);
    },
  } as unknown as CampaignRepository;
  return { repository, reads };
}

describe('published campaigns kept for the life of a function', () => {
  it('reads a published campaign once, and a draft or a missing one every time', async () => {
    const store = new Map([
      ['published', campaign('published', 'published')],
      ['draft', campaign('draft', 'draft')],
    ]);
    const { repository, reads } = counting(store);
    const kept = withPublishedCampaignsKept(repository);

    for (let i = 0; i < 3; i++) {
      await kept.get('published');
      await kept.get('draft');
      await kept.get('missing');
    }

    expect(reads.filter((id) => id === 'published')).toHaveLength(1);
    expect(reads.filter((id) => id === 'draft')).toHaveLength(3);
    expect(reads.filter((id) => id === 'missing')).toHaveLength(3);
  });

  it('sees a draft published later (a draft was never kept)', async () => {
    const store = new Map([['c', campaign('c', 'draft')]]);
    const kept = withPublishedCampaignsKept(counting(store).repository);
    expect((await kept.get('c'))?.status).toBe('draft');
    store.set('c', campaign('c', 'published'));
    expect((await kept.get('c'))?.status).toBe('published');
  });
});
