import type { NominationDraft } from '../../domain/forms';
import {
  type AwardHistoryEntry,
  combineVerdict,
  type EligibilityReport,
  evaluateEligibility,
  type InitiativeUse,
  inTheRunning,
  type NomineeFacts,
  type RuleResult,
  VERDICT_LABELS,
} from '../../domain/rules';
import type { AwardCode } from '../../domain/vocabulary';
import type { RuleCheckResult } from '../../domain/workflow';
import { vietnamDate } from '../../domain/workflow/guards';
import type { AwardEntry } from '../../store';
import { allPages } from '../../store/all-pages';
import type { AppPorts } from '../ports';
import { claimedInitiatives, draftOf, initiativeKey, nomineeHolder } from './draft-form';

type Ports = Pick<AppPorts, 'nominations' | 'persons' | 'clock' | 'ruleOverrides'>;

/** What the API returns with a draft: the verdict and every rule with its legal citation. */
export interface EligibilityView {
  readonly verdict: EligibilityReport['verdict'];
  readonly verdictLabel: string;
  readonly ruleSetId: string;
  readonly decisionDate: string;
  readonly results: readonly RuleResult[];
}

/**
 * The report as the API shows it; `extra` adds results judged outside the award's own rules (the
 * unit's quota) and the verdict counts them.
 */
export const toEligibilityView = (
  report: EligibilityReport,
  extra: readonly RuleResult[] = [],
): EligibilityView => {
  const results = [...report.results, ...extra];
  const verdict = extra.length > 0 ? combineVerdict(results) : report.verdict;
  return {
    verdict,
    verdictLabel: VERDICT_LABELS[verdict],
    ruleSetId: report.ruleSetId,
    decisionDate: report.decisionDate,
    results,
  };
};

/**
 * Proceedings the unit has not declared are taken as none: the unit officer vouches by submitting
 * (the form asks), and the secretariat checks. Stated once here so it is easy to find.
 */
const NOT_BLOCKED = { underDisciplinaryReview: false, underInvestigation: false, pendingComplaint: false };

const toHistory = (entry: AwardEntry): AwardHistoryEntry => ({
  year: entry.year,
  award: entry.awardCode,
  track: entry.track,
  ...(entry.decisionNumber ? { decisionRef: entry.decisionNumber } : {}),
  // A revoked award stays in the history as the record of what was annulled; rules skip it.
  ...(entry.revokedBy ? { revoked: true } : {}),
});

/** A member proposed in the same list as their collective, not yet saved (a list's preview). */
export interface ListMember {
  readonly personId: string;
  readonly awardCode: AwardCode;
}

/** LĐTT-level awards: a CSTĐCS is given to someone who is LĐTT (Điều 23 Luật TĐKT 2022). */
const LDTT_LEVEL = new Set<string>(['LDTT', 'CSTDCS']);

/**
 * The collective's members who are LĐTT (or CSTĐCS) this year: awards decided, and the unit's
 * proposals of the same year still in the running (members and their collective are proposed at
 * the same year-end and decided together), plus the members of a list not yet sent. A person is
 * counted once; `pending` says how many came from proposals.
 */
async function memberAchievers(
  ports: Ports,
  unitId: string,
  year: number,
  listMembers: readonly ListMember[],
) {
  const [awards, proposals] = await Promise.all([
    allPages((page) => ports.persons.listAwardsByUnitAndYear(unitId, year, page)),
    allPages((page) => ports.nominations.listHeadsByUnit(unitId, page, { year })),
  ]);
  const decided = { ldtt: new Set<string>(), cstdcs: new Set<string>() };
  const proposed = { ldtt: new Set<string>(), cstdcs: new Set<string>() };
  const add = (sets: typeof decided, personId: string, award: string) => {
    if (LDTT_LEVEL.has(award)) sets.ldtt.add(personId);
    if (award === 'CSTDCS') sets.cstdcs.add(personId);
  };
  for (const a of awards)
    if (a.holder.kind === 'person' && !a.revokedBy) add(decided, a.holder.id, a.awardCode);
  for (const n of proposals) {
    const nominee = inTheRunning(n.state) ? draftOf(n).nominee : undefined;
    if (nominee?.subject === 'person' && nominee.personId) add(proposed, nominee.personId, n.awardCode);
  }
  for (const m of listMembers) add(proposed, m.personId, m.awardCode);
  const count = (kind: 'ldtt' | 'cstdcs') => {
    const pending = [...proposed[kind]].filter((id) => !decided[kind].has(id)).length;
    return { total: decided[kind].size + pending, pending };
  };
  return { ldtt: count('ldtt'), cstdcs: count('cstdcs') };
}

async function nomineeFacts(
  ports: Ports,
  draft: NominationDraft,
  unitId: string,
  listMembers: readonly ListMember[] = [],
): Promise<NomineeFacts> {
  const initiatives = draft.initiatives.map((claim) => ({
    id: initiativeKey(claim),
    title: claim.title,
    kind: claim.kind,
    scope: claim.reach,
    recognisedYear: Number(claim.recognisedOn.slice(0, 4)),
    // The form requires the recognising decision's number: the claim always has its certificate.
    certificateRef: claim.recognitionNumber,
  }));
  const { nominee, facts } = draft;
  // What every subject shares: past ratings, proceedings, the point of Điều 74 relied on.
  const common = {
    taskRating: nominee.taskRating ?? null,
    taskRatingHistory: facts?.pastRatings ?? [],
    status: facts?.proceedings ?? NOT_BLOCKED,
    initiatives,
    ...(facts?.achievementPoint ? { achievementPoint: facts.achievementPoint } : {}),
  };
  if (nominee.subject === 'person') {
    return {
      subject: 'person',
      ...common,
      recruitedOn: nominee.employedSince ?? null,
      disciplines: (facts?.disciplines ?? []).map((d) => ({
        level: d.level,
        from: d.from,
        until: d.until ?? null,
      })),
      specialLeave: facts?.specialLeave ?? [],
      holdsLeadershipPost: nominee.holdsLeadershipPost,
      ...(nominee.gender ? { isWoman: nominee.gender === 'female' } : {}),
    };
  }
  // Member counts come from the year's awards and proposals of the collective's people; those who
  // completed their tasks are the unit's declaration (being LĐTT is not the same fact).
  const { ldtt, cstdcs } = await memberAchievers(ports, nominee.unitId ?? unitId, draft.year, listMembers);
  return {
    subject: 'collective',
    ...common,
    members: {
      total: nominee.memberCount,
      ldtt: ldtt.total,
      completingTasks: nominee.completingTaskCount ?? null,
      cstdcs: cstdcs.total,
      ...(ldtt.pending + cstdcs.pending > 0
        ? { pending: { ldtt: ldtt.pending, cstdcs: cstdcs.pending } }
        : {}),
      disciplinedByLevel: facts?.membersDisciplined ?? {},
      women: nominee.femaleMemberCount ?? 0,
    },
  };
}

/** Uses of the claimed initiatives by other nominations, or `undefined` when the store cannot tell. */
async function initiativeRegistry(
  ports: Ports,
  nominationId: string,
  draft: NominationDraft,
): Promise<InitiativeUse[] | undefined> {
  const { getInitiativeUse } = ports.nominations;
  if (!getInitiativeUse) return undefined;
  const uses: InitiativeUse[] = [];
  for (const initiativeId of claimedInitiatives(draft)) {
    const use = await getInitiativeUse.call(ports.nominations, initiativeId);
    if (!use || use.nominationId === nominationId) continue;
    const other = await ports.nominations.get(use.nominationId);
    uses.push({
      initiativeId,
      nominationId: use.nominationId,
      award: other?.awardCode ?? draft.awardCode,
      year: other?.year ?? draft.year,
    });
  }
  return uses;
}

/**
 * Judges a draft by the rules in force today (Vietnam time): the nominee's facts from the form,
 * the award history of the person (or collective) from the directory, and the initiative registry.
 */
export async function assessEligibility(
  ports: Ports,
  nomination: { readonly id: string; readonly unitId: string; readonly draft: NominationDraft },
  /** A list's own members, for its collective's row before the list is sent. */
  listMembers: readonly ListMember[] = [],
): Promise<EligibilityReport> {
  const { draft } = nomination;
  const holder = nomineeHolder(draft, nomination.unitId);
  const history = holder ? await allPages((page) => ports.persons.listAwardHistory(holder, page)) : [];
  const registry = await initiativeRegistry(ports, nomination.id, draft);
  return evaluateEligibility(
    {
      nominee: await nomineeFacts(ports, draft, nomination.unitId, listMembers),
      award: draft.awardCode,
      track: draft.track,
      year: draft.year,
      decisionDate: vietnamDate(ports.clock.now().toISOString()),
      history: history.map(toHistory),
      nominationId: nomination.id,
      evidence: draft.dossier.map((item) => item.kind),
      ...(registry ? { initiativeRegistry: registry } : {}),
    },
    ports.ruleOverrides ? { overrides: ports.ruleOverrides } : {},
  );
}

/**
 * The workflow's view of a report. At submission only a failed rule refuses (missing evidence can
 * still be supplied when the secretariat returns the dossier); acceptance needs every rule met.
 */
export function ruleCheckOf(report: EligibilityReport, strictness: 'submit' | 'accept'): RuleCheckResult {
  const refused = report.results.filter(
    (r) => r.status === 'failed' || (strictness === 'accept' && r.status === 'needs_evidence'),
  );
  return {
    passed: refused.length === 0,
    refusals: refused.map((r) => ({ ruleId: r.ruleId, citation: r.citation, message: r.message })),
  };
}
