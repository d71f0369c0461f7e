import {
  ConflictError,
  type DomainError,
  ForbiddenError,
  RuleRefusedError,
  ValidationError,
} from '../errors';
import type { TransitionContext, WorkflowNomination } from './context';

/**
 * A named pure predicate over the nomination and the context. `check` returns the error that
 * explains a refusal, or `undefined` when the guard holds. Names are what the transition table and
 * the docs refer to.
 */
export interface Guard {
  /** One line, English, for `docs/workflow.md`. */
  readonly description: string;
  readonly check: (nomination: WorkflowNomination, context: TransitionContext) => DomainError | undefined;
}

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The calendar day in Vietnam (UTC+7, no daylight saving) of an ISO instant. */
export function vietnamDate(at: string): string {
  return new Date(Date.parse(at) + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The instant 1 January of `year` begins in Vietnam (`<year-1>-12-31T17:00:00.000Z`), to compare
 * with stored ISO instants, which are UTC: a plain `<year>-01-01` would miss the first seven hours.
 */
export function vietnamYearStart(year: number): string {
  return new Date(Date.UTC(year, 0, 1) - VIETNAM_OFFSET_MS).toISOString();
}

const missing = (path: string, message: string): ValidationError =>
  new ValidationError([{ path, code: 'required', message }]);

const wrongRoute = (): ConflictError =>
  new ConflictError(
    'WORKFLOW_WRONG_ROUTE',
    'Hình thức khen thưởng này không đi theo bước xử lý được yêu cầu.',
  );

function councilOutcome(context: TransitionContext, expected: 'passed' | 'failed'): DomainError | undefined {
  const tally = context.councilTally;
  if (!tally) return new ConflictError('COUNCIL_TALLY_MISSING', 'Chưa có kết quả kiểm phiếu.');
  if (tally.outcome === 'no_quorum') {
    return new ConflictError('COUNCIL_NO_QUORUM', 'Cuộc họp không đủ số thành viên tham dự theo quy định.');
  }
  if (tally.outcome !== expected) {
    return new ConflictError('COUNCIL_OUTCOME_MISMATCH', 'Kết quả kiểm phiếu không khớp với thao tác.');
  }
  return undefined;
}

export const GUARDS = {
  actorOwnsNomination: {
    description: "the actor belongs to the nomination's unit",
    check: (n, ctx) =>
      ctx.actor.unitId !== undefined && ctx.actor.unitId === n.unitId
        ? undefined
        : new ForbiddenError('WORKFLOW_NOT_OWNER', 'Đề nghị này không thuộc đơn vị của bạn.'),
  },
  actorInOrganisation: {
    description: "the actor belongs to the nomination's organisation (Sở)",
    check: (n, ctx) =>
      ctx.actor.organisationId !== undefined && ctx.actor.organisationId === n.organisationId
        ? undefined
        : new ForbiddenError('WORKFLOW_OTHER_ORGANISATION', 'Đề nghị này thuộc cơ quan khác.'),
  },
  beforeNominationDeadline: {
    description: "today (Vietnam time) is on or before the campaign's nomination deadline, if any",
    check: (_n, ctx) =>
      ctx.nominationDeadline === undefined || vietnamDate(ctx.at) <= ctx.nominationDeadline
        ? undefined
        : new ConflictError(
            'NOMINATION_DEADLINE_PASSED',
            'Đã quá hạn gửi đề nghị khen thưởng của phong trào.',
          ),
  },
  dossierComplete: {
    description: 'every document Điều 84 requires is present, original or certified',
    check: (_n, ctx) =>
      ctx.dossierComplete === true
        ? undefined
        : new RuleRefusedError([
            {
              ruleId: 'dossier.complete',
              citation: 'Điều 84 Luật Thi đua, khen thưởng 2022',
              message: 'Hồ sơ chưa đủ thành phần hoặc giấy tờ chưa phải bản chính / bản sao chứng thực.',
            },
          ]),
  },
  rulesPassed: {
    description: 'the eligibility rules in force passed',
    check: (_n, ctx) => {
      if (!ctx.ruleCheck)
        return new ConflictError('RULE_CHECK_MISSING', 'Chưa kiểm tra điều kiện khen thưởng.');
      return ctx.ruleCheck.passed ? undefined : new RuleRefusedError(ctx.ruleCheck.refusals);
    },
  },
  councilPassed: {
    description: 'the tally reached quorum and the approval threshold',
    check: (_n, ctx) => councilOutcome(ctx, 'passed'),
  },
  councilFailed: {
    description: 'the tally reached quorum but not the approval threshold',
    check: (_n, ctx) => councilOutcome(ctx, 'failed'),
  },
  authorityIsDepartment: {
    description: 'the award is decided by the Giám đốc Sở',
    check: (_n, ctx) => (ctx.authority === 'department' ? undefined : wrongRoute()),
  },
  authorityAboveDepartment: {
    description: 'the award is decided by the province or at national level',
    check: (_n, ctx) => (ctx.authority !== 'department' ? undefined : wrongRoute()),
  },
  authorityIsProvince: {
    description: 'the award is decided by the Chủ tịch UBND tỉnh',
    check: (_n, ctx) => (ctx.authority === 'province' ? undefined : wrongRoute()),
  },
  authorityIsNational: {
    description: 'the award is decided at national level',
    check: (_n, ctx) => (ctx.authority === 'national' ? undefined : wrongRoute()),
  },
  provinceCouncilRequired: {
    description: 'the rule set sends this award through the provincial council',
    check: (_n, ctx) => (ctx.provinceCouncilRequired === true ? undefined : wrongRoute()),
  },
  provinceCouncilNotRequired: {
    description: 'the rule set does not send this award through the provincial council',
    check: (_n, ctx) => (ctx.provinceCouncilRequired === true ? wrongRoute() : undefined),
  },
  hasDecision: {
    description: 'the signed decision (number, date) is given',
    check: (_n, ctx) =>
      ctx.decision ? undefined : missing('decision', 'Cần số và ngày của quyết định khen thưởng.'),
  },
  hasRevokingDecision: {
    description: 'the revoking decision (number, date) is given',
    check: (_n, ctx) =>
      ctx.decision ? undefined : missing('decision', 'Cần số và ngày của quyết định hủy bỏ khen thưởng.'),
  },
  hasSubmissionLetter: {
    description: 'the tờ trình carrying the nomination upward is given',
    check: (_n, ctx) =>
      ctx.submissionLetter ? undefined : missing('submissionLetter', 'Cần số và ngày của tờ trình.'),
  },
} as const satisfies Readonly<Record<string, Guard>>;

export type GuardName = keyof typeof GUARDS;
