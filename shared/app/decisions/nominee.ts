import type { NomineeIdentity } from '../../domain/workflow';
import type { AwardHolder, DocumentEntry, Nomination } from '../../store';

interface FormNominee {
  readonly subject?: string;
  readonly personId?: string;
  readonly unitId?: string;
  readonly unitName?: string;
  readonly position?: string;
}

const formNominee = (n: Nomination): FormNominee =>
  ((n.form as { nominee?: FormNominee } | undefined)?.nominee ?? {}) as FormNominee;

/**
 * Who is voted on, for recusal: the person (when the system knows their record) and their unit;
 * for a collective, the unit itself. The proposing unit stands in when the form names no unit.
 */
export function nomineeIdentity(n: Nomination): NomineeIdentity {
  const nominee = formNominee(n);
  return {
    ...(n.subject === 'person' && nominee.personId ? { personId: nominee.personId } : {}),
    unitId: nominee.unitId ?? n.unitId,
  };
}

/** Whose award history a decision adds to; `undefined` for a person without a record. */
export function awardHolderOf(n: Nomination): AwardHolder | undefined {
  const nominee = formNominee(n);
  if (n.subject === 'collective') return { kind: 'unit', id: nominee.unitId ?? n.unitId };
  return nominee.personId ? { kind: 'person', id: nominee.personId } : undefined;
}

/** The nomination as one line of a document's annex. */
export function documentEntryOf(n: Nomination): DocumentEntry {
  const position = n.nominee.position ?? formNominee(n).position;
  return {
    nominationId: n.id,
    organisationId: n.organisationId,
    unitId: n.unitId,
    awardCode: n.awardCode,
    nomineeName: n.nominee.name,
    ...(position ? { position } : {}),
  };
}
