import pMap from 'p-map';
import { type FieldIssue, ValidationError } from '../../domain/errors';
import type { NominationDraft } from '../../domain/forms';
import { placeLeft, quotaAllowance, quotaRuleOf, type RuleSet, rankForCap } from '../../domain/rules';
import { DEFAULT_CATALOG } from '../../domain/rules/catalog';
import type { AwardCode } from '../../domain/vocabulary';
import type { NominationState } from '../../domain/workflow/states';
import type { Person, Versioned } from '../../store';
import { allPages } from '../../store/all-pages';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import { ruleSetToday } from '../rule-set';
import { makeCreateNominationDraft } from './create-nomination-draft';
import { callerUnit } from './draft-context';
import { claimedInitiatives } from './draft-form';
import { assessEligibility, type EligibilityView, type ListMember, toEligibilityView } from './eligibility';
import type { NominationListInput } from './nomination-list-inputs';
import { quotaBase } from './quota';
import { makeSubmitNomination } from './submit-nomination';

type Ports = Pick<
  AppPorts,
  'nominations' | 'persons' | 'campaigns' | 'organisations' | 'clock' | 'ids' | 'ruleOverrides'
>;

/** One row of the list as checked: who, which award, the rules with citations, the quota. */
export interface ListRowView {
  readonly row: number;
  readonly nomineeName: string;
  readonly awardCode: AwardCode;
  readonly eligibility: EligibilityView;
  /** For a capped award (CSTĐCS ≤ a share of LĐTT): places allowed, taken before this row. */
  readonly quota?: {
    readonly allowed: number | null;
    readonly takenBefore: number;
    readonly citation: string;
    /** Its place in the order of priority at the cap (1 first), with the reasons. */
    readonly priority?: { readonly rank: number; readonly reasons: readonly string[] };
  };
  /** The row would be refused: by a rule, or by the quota. */
  readonly refused: boolean;
}

/**
 * Each row's draft, built from the unit's staff record (name, position, start date) and the
 * row's facts; the list's documents go on every row. A row naming someone not of the caller's
 * unit, or an award the nominee cannot receive, is a 400 naming the row.
 */
async function draftsOf(ports: Ports, principal: Principal, input: NominationListInput) {
  const { organisationId, unitId } = callerUnit(principal);
  const unit = await ports.organisations.getUnit(unitId);
  const organisation = await ports.organisations.getOrganisation(organisationId);
  const staff = await allPages((page) => ports.persons.listByUnit(unitId, page));
  const byId = new Map<string, Versioned<Person>>(staff.map((p) => [p.id, p]));
  const memberCount = Math.max(1, staff.filter((p) => !p.leftOn).length);
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  const drafts = input.rows.map((row, i): NominationDraft | undefined => {
    const subject = row.personId ? 'person' : 'collective';
    if (!DEFAULT_CATALOG[row.awardCode].subjects.includes(subject)) {
      issues.push({
        path: `body.rows.${i}.awardCode`,
        code: 'wrong_subject',
        message:
          subject === 'person'
            ? 'Hình thức này chỉ dành cho tập thể.'
            : 'Hình thức này chỉ dành cho cá nhân.',
      });
      return undefined;
    }
    const key = `${row.personId ?? 'unit'}|${row.awardCode}`;
    if (seen.has(key))
      issues.push({
        path: `body.rows.${i}`,
        code: 'duplicate',
        message: 'Người (tập thể) này đã có trong danh sách với hình thức này.',
      });
    seen.add(key);
    const common = {
      awardCode: row.awardCode,
      track: 'annual' as const,
      year: input.year,
      ...(input.campaignId ? { campaignId: input.campaignId } : {}),
      dossier: [...input.documents, ...row.documents],
      initiatives: row.initiatives,
    };
    if (row.personId && row.completingTaskCount !== undefined)
      issues.push({
        path: `body.rows.${i}.completingTaskCount`,
        code: 'unit_row_only',
        message: 'Số cá nhân hoàn thành nhiệm vụ chỉ ghi ở dòng của tập thể.',
      });
    if (row.personId) {
      const person = byId.get(row.personId);
      if (!person || person.leftOn) {
        issues.push({
          path: `body.rows.${i}.personId`,
          code: 'unknown_person',
          message: 'Không tìm thấy cán bộ này trong đơn vị của bạn.',
        });
        return undefined;
      }
      return {
        ...common,
        subject: 'person',
        nominee: {
          subject: 'person',
          personId: person.id,
          fullName: person.fullName,
          position: person.position ?? 'Chuyên viên',
          unitId,
          unitName: unit?.name ?? unitId,
          holdsLeadershipPost: person.holdsLeadershipPost ?? false,
          ...(person.gender ? { gender: person.gender } : {}),
          ...(person.startedOn ? { employedSince: person.startedOn } : {}),
          taskRating: row.taskRating,
        },
      };
    }
    return {
      ...common,
      subject: 'collective',
      nominee: {
        subject: 'collective',
        unitId,
        name: unit?.name ?? unitId,
        parentUnitName: organisation?.name ?? organisationId,
        memberCount,
        ...(row.completingTaskCount === undefined
          ? {}
          : { completingTaskCount: Math.min(row.completingTaskCount, memberCount) }),
        taskRating: row.taskRating,
      },
    };
  });
  if (issues.length > 0) throw new ValidationError(issues, 'Danh sách đề nghị có dòng chưa hợp lệ.');
  return { unitId, organisationId, drafts: drafts as NominationDraft[] };
}

/**
 * Base awards first (LĐTT before CSTĐCS), so that a capped award's base counts the list's own;
 * the collective last, so that its members' proposals are in the running when it is judged. The
 * capped rows go in the order of priority at a cap (women first, then staff without a leadership
 * post: `rankForCap`), so the last places go to those the law favours, with the reason.
 */
const stage = (draft: NominationDraft) =>
  draft.nominee.subject === 'collective' ? 2 : quotaRuleOf(draft.awardCode) ? 1 : 0;
function order(ruleSet: RuleSet, drafts: readonly NominationDraft[]) {
  const priority = new Map(
    rankForCap(
      ruleSet,
      drafts.flatMap((draft, i) =>
        quotaRuleOf(draft.awardCode) && draft.nominee.subject === 'person'
          ? [
              {
                id: String(i),
                subject: 'person' as const,
                isWoman: draft.nominee.gender === undefined ? undefined : draft.nominee.gender === 'female',
                holdsLeadershipPost: draft.nominee.holdsLeadershipPost,
              },
            ]
          : [],
      ),
    ).map((r) => [Number(r.id), r]),
  );
  return drafts
    .map((draft, i) => ({ draft, i, priority: priority.get(i) }))
    .sort(
      (a, b) =>
        stage(a.draft) - stage(b.draft) || (a.priority?.rank ?? a.i) - (b.priority?.rank ?? b.i) || a.i - b.i,
    );
}

const nameOf = (draft: NominationDraft) =>
  draft.nominee.subject === 'person' ? draft.nominee.fullName : draft.nominee.name;

/** Rows of a list judged or sent at once, at most (a row sent is a draft and a submission: six round trips). */
const ROWS_AT_ONCE = 8;

/**
 * The list checked before it is sent: every row's verdict with its citations, and for a capped
 * award the places the quota allows, counting the list's own base-award rows that pass and its earlier rows
 * of the same award. Nothing is written.
 */
export function makePreviewNominationList(ports: Ports) {
  return async (principal: Principal, input: NominationListInput) => {
    const { unitId, organisationId, drafts } = await draftsOf(ports, principal, input);
    const ruleSet = ruleSetToday(ports);
    const views: ListRowView[] = new Array(drafts.length);
    const takenInList = new Map<AwardCode, number>();
    // The list's people whose rows pass, in order: its collective's members before it is sent.
    const members: ListMember[] = [];
    const passedInList = new Map<AwardCode, number>();
    // What the store holds for a capped award (its base, the places taken), read once per award,
    // not once per row: the list's own rows are counted above it.
    const stored = new Map<AwardCode, Promise<{ base: number; held: number }>>();
    const storedQuota = (award: AwardCode, base: AwardCode) => {
      const known = stored.get(award);
      if (known) return known;
      const read = (async () => ({
        base: await quotaBase(ports, unitId, input.year, base),
        held:
          (await ports.nominations.getQuotaUsed?.({
            organisationId,
            unitId,
            year: input.year,
            awardCode: award,
          })) ?? 0,
      }))();
      stored.set(award, read);
      return read;
    };
    // A person's row is judged on its own (its history, its initiatives): all of them are
    // assessed side by side first. The collective's needs the list's members who pass, so it is
    // assessed in the walk below, in its turn.
    const assessed = await pMap(
      drafts,
      (draft, i) =>
        draft.nominee.subject === 'collective'
          ? undefined
          : assessEligibility(ports, { id: `list-row-${i}`, unitId, draft }, []),
      { concurrency: ROWS_AT_ONCE },
    );
    for (const { draft, i, priority } of order(ruleSet, drafts)) {
      const eligibility = toEligibilityView(
        assessed[i] ?? (await assessEligibility(ports, { id: `list-row-${i}`, unitId, draft }, members)),
      );
      const ruleId = quotaRuleOf(draft.awardCode);
      let quota: ListRowView['quota'];
      if (ruleId) {
        const base = ruleSet.params[ruleId].base;
        // The list's base-award rows that pass (checked first): a refused LĐTT is no base.
        const listBase = passedInList.get(base) ?? 0;
        const stored = await storedQuota(draft.awardCode, base);
        const allowed = quotaAllowance(ruleSet, ruleId, stored.base + listBase);
        const held = stored.held;
        const takenBefore = held + (takenInList.get(draft.awardCode) ?? 0);
        quota = {
          allowed,
          takenBefore,
          citation: ruleSet.rules[ruleId].citation,
          ...(priority ? { priority: { rank: priority.rank, reasons: priority.reasons } } : {}),
        };
        takenInList.set(draft.awardCode, (takenInList.get(draft.awardCode) ?? 0) + 1);
      }
      const overQuota = quota !== undefined && !placeLeft(quota.allowed, quota.takenBefore);
      const refused = eligibility.verdict === 'ineligible' || overQuota;
      if (!refused) passedInList.set(draft.awardCode, (passedInList.get(draft.awardCode) ?? 0) + 1);
      if (!refused && draft.nominee.subject === 'person' && draft.nominee.personId)
        members.push({ personId: draft.nominee.personId, awardCode: draft.awardCode });
      views[i] = {
        row: i + 1,
        nomineeName: nameOf(draft),
        awardCode: draft.awardCode,
        eligibility,
        ...(quota ? { quota } : {}),
        refused,
      };
    }
    return { rows: views };
  };
}

/**
 * Sends the list: each row becomes its own nomination (its own workflow from here on: the
 * council votes per nominee), drafted with the list's documents and submitted, base awards first.
 * A row refused at submission (a rule, the quota) stays a draft the unit can correct, named in
 * the answer; the others are sent.
 */
export function makeSubmitNominationList(ports: Ports) {
  const create = makeCreateNominationDraft(ports);
  const submit = makeSubmitNomination(ports);
  return async (principal: Principal, input: NominationListInput) => {
    const { drafts } = await draftsOf(ports, principal, input);
    const ruleSet = ruleSetToday(ports);
    // The list as one thing the secretariat can take whole: its id and the unit's tờ trình.
    const letter = input.documents.find((d) => d.kind === 'proposal_letter');
    const unitList = {
      id: `list-${ports.ids.next().toLowerCase()}`,
      size: drafts.length,
      ...(letter?.documentNumber ? { letterNumber: letter.documentNumber } : {}),
      ...(letter ? { issuedOn: letter.issuedOn } : {}),
    };
    const rows: {
      row: number;
      nomineeName: string;
      awardCode: AwardCode;
      nominationId?: string;
      /** `not_created`: the row was refused before a nomination was made of it. */
      state: NominationState | 'not_created';
      message?: string;
    }[] = new Array(drafts.length);
    const send = async ({ draft, i }: { draft: NominationDraft; i: number }) => {
      const base = { row: i + 1, nomineeName: nameOf(draft), awardCode: draft.awardCode };
      let id: string | undefined;
      try {
        id = (await create(principal, draft, { unitList })).nomination.id;
        const sent = await submit(principal, id);
        rows[i] = { ...base, nominationId: id, state: sent.state };
      } catch (error) {
        rows[i] = {
          ...base,
          ...(id ? { nominationId: id } : {}),
          state: id ? 'draft' : 'not_created',
          message: error instanceof Error ? error.message : String(error),
        };
      }
    };
    // The rows of an award without a cap depend on no other row: they go side by side, a few at a
    // time (a list of 200 sent one by one is 1,200 round trips, near the route's time limit). The
    // capped rows follow one by one in order of priority (the last places go by it), and the
    // collective last, once its members' proposals are in.
    // Rows that claim an initiative another row claims too go one by one as well, so the first in
    // the list's order keeps it, as when every row went one by one.
    const ordered = order(ruleSet, drafts);
    const claims = ordered.flatMap(({ draft }) => claimedInitiatives(draft));
    const shared = new Set(claims.filter((id, i) => claims.indexOf(id) !== i));
    const alone = (draft: NominationDraft) =>
      stage(draft) === 0 && !claimedInitiatives(draft).some((id) => shared.has(id));
    await pMap(
      ordered.filter((row) => alone(row.draft)),
      send,
      { concurrency: ROWS_AT_ONCE },
    );
    for (const row of ordered.filter((r) => !alone(r.draft))) await send(row);
    return {
      listId: unitList.id,
      submitted: rows.filter((r) => r.state === 'submitted').length,
      refused: rows.filter((r) => r.state !== 'submitted').length,
      rows,
    };
  };
}
