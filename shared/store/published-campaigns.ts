/**
 * A published campaign never changes (`updateDraft` refuses it), so a function keeps the ones it
 * has read for its lifetime: submitting, editing or checking a draft of a campaign reads the
 * nomination, not the campaign again. Drafts and misses are always read from the table.
 */
import type { CampaignRepository, StoredCampaign } from './ports/registry-repositories';

/** At most this many campaigns kept per environment (a province launches a few dozen a year). */
const MAX_KEPT = 200;

export function withPublishedCampaignsKept(repository: CampaignRepository): CampaignRepository {
  const kept = new Map<string, StoredCampaign>();
  return {
    ...repository,
    async get(id) {
      const known = kept.get(id);
      if (known) return known;
      const campaign = await repository.get(id);
      if (campaign?.status === 'published') {
        if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value as string);
        kept.set(id, campaign);
      }
      return campaign;
    },
  };
}
