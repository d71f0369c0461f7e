import type { Person } from '../../store';

/** What a list may show of a person (Luật BVDLCN 91/2025): name, position, unit. */
export interface PublicPerson {
  readonly id: string;
  readonly fullName: string;
  readonly position?: string;
  readonly unitId: string;
  readonly unitName?: string;
  /** Set once they left the organisation (lists show them as such). */
  readonly leftOn?: string;
}

/** An allow-list: a field added to `Person` later stays out of lists until someone adds it here. */
export function toPublicPerson(person: Person, unitName?: string): PublicPerson {
  return {
    id: person.id,
    fullName: person.fullName,
    ...(person.position === undefined ? {} : { position: person.position }),
    unitId: person.unitId,
    ...(unitName === undefined ? {} : { unitName }),
    ...(person.leftOn === undefined ? {} : { leftOn: person.leftOn }),
  };
}
