import type { AnsweredSubmission, Nomination, OrganisationRepository } from '../../store';

interface SubmissionLetter {
  readonly number?: unknown;
  readonly issuedOn?: unknown;
}

const letterOf = (n: Nomination): { number: string; issuedOn: string } | undefined => {
  const letter = n.records?.submissionLetter as SubmissionLetter | undefined;
  return typeof letter?.number === 'string' && typeof letter.issuedOn === 'string'
    ? { number: letter.number, issuedOn: letter.issuedOn }
    : undefined;
};

/**
 * The tờ trình a chairman's decision answers: the Sở's letter each nomination was forwarded with
 * (`records.submissionLetter`), one per number and Sở in the order the nominations name them,
 * with the Sở's name as it reads today (one read per Sở). A nomination without a letter adds none.
 */
export async function answeredSubmissions(
  organisations: Pick<OrganisationRepository, 'getOrganisation'>,
  nominations: readonly Nomination[],
): Promise<AnsweredSubmission[]> {
  const letters = new Map<string, { number: string; issuedOn: string; organisationId: string }>();
  for (const n of nominations) {
    const letter = letterOf(n);
    const key = `${n.organisationId}\u0000${letter?.number}`;
    if (letter && !letters.has(key)) letters.set(key, { ...letter, organisationId: n.organisationId });
  }
  const ids = [...new Set([...letters.values()].map((l) => l.organisationId))];
  const names = new Map(
    await Promise.all(ids.map(async (id) => [id, (await organisations.getOrganisation(id))?.name] as const)),
  );
  return [...letters.values()].map((letter) => {
    const organisationName = names.get(letter.organisationId);
    return { ...letter, ...(organisationName ? { organisationName } : {}) };
  });
}
