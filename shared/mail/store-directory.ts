import type {
  CouncilRepository,
  DocumentRepository,
  NominationRepository,
  OrganisationRepository,
} from '../store';
import { VOTING_SEATS } from '../store';
import type { MailDirectory, OrganisationContact } from './ports';

export interface StoreDirectoryDeps {
  readonly nominations: NominationRepository;
  readonly organisations: OrganisationRepository;
  readonly councils: CouncilRepository;
  readonly documents: DocumentRepository;
}

/**
 * The directory the notifier reads, over the store's repositories: units' and organisations'
 * `contactEmails`, council seats (the members' sign-in e-mails), nominations and documents.
 */
export function makeStoreMailDirectory(deps: StoreDirectoryDeps): MailDirectory {
  const orgContact = (o: {
    id: string;
    name: string;
    level?: 'province' | 'department';
    contactEmails?: readonly string[];
  }): OrganisationContact => ({
    id: o.id,
    name: o.name,
    level: o.level ?? 'department',
    contactEmails: o.contactEmails ?? [],
  });
  return {
    nomination: (id) => deps.nominations.get(id),
    async unit(id) {
      const unit = await deps.organisations.getUnit(id);
      return unit ? { id: unit.id, name: unit.name, contactEmails: unit.contactEmails ?? [] } : undefined;
    },
    async organisation(id) {
      const organisation = await deps.organisations.getOrganisation(id);
      return organisation ? orgContact(organisation) : undefined;
    },
    async provinceOrganisations() {
      const page = await deps.organisations.listOrganisationsByLevel('province', { limit: 100 });
      return page.items.map(orgContact);
    },
    async councilMembers(organisationId) {
      const seats = await deps.councils.listMembers(organisationId);
      return seats
        .filter((s) => VOTING_SEATS.includes(s.seat))
        .map((s) => ({ memberId: s.memberId, name: s.name, email: s.email }));
    },
    document: (id) => deps.documents.get(id),
    meeting: (id) => deps.councils.getMeeting(id),
  };
}
