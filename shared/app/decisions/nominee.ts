import type { NomineeIdentity } from '../../domain/workflow';
import type { AwardHolder, DocumentEntry, Nomination } from '../../store';

interface FormNominee {
  readonly subject?: string;
  readonly personId?: string;
  readonly unitId?: string;
  readonly unitName?: string;
  readonly parentUnitName?: string;
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

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.normalize('NFC').trim() : undefined;

/**
 * The nomination as one line of a document's annex: whether it is a person or a collective, and
 * the unit as the form prints it (a person's unit, the body a collective belongs to), recorded
 * now so the annex never has to look them up.
 */
export function documentEntryOf(n: Nomination): DocumentEntry {
  const nominee = formNominee(n);
  const position = n.nominee.position ?? nominee.position;
  const unitName = text(n.subject === 'collective' ? nominee.parentUnitName : nominee.unitName);
  return {
    nominationId: n.id,
    organisationId: n.organisationId,
    unitId: n.unitId,
    awardCode: n.awardCode,
    subject: n.subject,
    nomineeName: n.nominee.name,
    ...(position ? { position } : {}),
    ...(unitName ? { unitName } : {}),
  };
}
