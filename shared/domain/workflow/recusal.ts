/** A seat on the council. `personId` and `unitId` are only used to find conflicts of interest. */
export interface CouncilMember {
  readonly memberId: string;
  readonly personId?: string;
  readonly unitId?: string;
}

/** Who is being voted on: the person, or the collective's unit. */
export interface NomineeIdentity {
  readonly personId?: string;
  readonly unitId?: string;
}

/**
 * Members who must not vote on this nominee: the nominee themself, and members of the nominee's
 * unit (they would be judging their own unit's proposal).
 */
export function recusedMembers(members: readonly CouncilMember[], nominee: NomineeIdentity): string[] {
  return members
    .filter(
      (member) =>
        (nominee.personId !== undefined && member.personId === nominee.personId) ||
        (nominee.unitId !== undefined && member.unitId === nominee.unitId),
    )
    .map((member) => member.memberId);
}
