import type { CollectiveNominee } from './collective-nominee';
import type { Nominee } from './nominee';
import type { PersonNominee } from './person-nominee';

/**
 * `public`: may appear on lists, notices, the decision's annex and exports (name, position, unit;
 * the proposed award is public on the nomination itself). `private`: only the workflow and the
 * people who process the dossier see it (Luật BVDLCN 91/2025/QH15; never on public lists).
 */
export type Visibility = 'public' | 'private';

/** Typed as a full record so adding a nominee field without classifying it fails to compile. */
export const PERSON_NOMINEE_VISIBILITY = {
  subject: 'public',
  personId: 'private',
  fullName: 'public',
  position: 'public',
  unitId: 'private',
  unitName: 'public',
  holdsLeadershipPost: 'private',
  gender: 'private',
  dateOfBirth: 'private',
  employedSince: 'private',
  taskRating: 'private',
  email: 'private',
} as const satisfies Readonly<Record<keyof PersonNominee, Visibility>>;

export const COLLECTIVE_NOMINEE_VISIBILITY = {
  subject: 'public',
  unitId: 'private',
  name: 'public',
  parentUnitName: 'public',
  memberCount: 'private',
  femaleMemberCount: 'private',
  completingTaskCount: 'private',
  taskRating: 'private',
} as const satisfies Readonly<Record<keyof CollectiveNominee, Visibility>>;

type PublicKeys<V> = { [K in keyof V]: V[K] extends 'public' ? K : never }[keyof V];

/** What a public list may show of a person. */
export type PublicPersonNominee = Pick<PersonNominee, PublicKeys<typeof PERSON_NOMINEE_VISIBILITY>>;
/** What a public list may show of a collective. */
export type PublicCollectiveNominee = Pick<
  CollectiveNominee,
  PublicKeys<typeof COLLECTIVE_NOMINEE_VISIBILITY>
>;
export type PublicNominee = PublicPersonNominee | PublicCollectiveNominee;

function pickPublic<T extends object>(
  value: T,
  visibility: Readonly<Record<string, Visibility>>,
): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(value) as (keyof T & string)[]) {
    if (visibility[key] === 'public') out[key] = value[key];
  }
  return out;
}

/**
 * The public view of a nominee: an allow-list, so a field added later stays private until someone
 * classifies it as public.
 */
export function toPublicNominee(nominee: Nominee): PublicNominee {
  if (nominee.subject === 'person') {
    return pickPublic(nominee, PERSON_NOMINEE_VISIBILITY) as PublicPersonNominee;
  }
  return pickPublic(nominee, COLLECTIVE_NOMINEE_VISIBILITY) as PublicCollectiveNominee;
}
