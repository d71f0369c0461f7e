import * as z from 'zod/mini';
import type { NominationDraftInput } from '../../domain/forms';
import { NOMINATION_STATES } from '../../domain/workflow/states';
import { ACTIONS } from '../../domain/workflow/transitions';
import { day, instant, named, page } from './common';
import { awardCode, jsonRecord, storedAs, subject, track } from './vocabulary';

export const nominationState = z.enum(NOMINATION_STATES);

const nomineeSummary = z.object({ name: z.string(), position: z.optional(z.string()) });

export const nominationSummary = named(
  'NominationSummary',
  z.object({
    id: z.string(),
    version: z.int(),
    state: nominationState,
    stateLabel: z.string(),
    organisationId: z.string(),
    unitId: z.string(),
    campaignId: z.optional(z.string()),
    awardCode,
    subject,
    track,
    year: z.int(),
    /** Public fields only: what a list may show. */
    nominee: nomineeSummary,
    createdAt: instant,
    updatedAt: instant,
    /** The Sở's tờ trình that sent it to the province, once forwarded. */
    submissionLetter: z.optional(z.object({ number: z.string(), issuedOn: day })),
    /** The unit's list it was proposed in (one tờ trình, many nominees). */
    unitList: z.optional(
      z.object({
        id: z.string(),
        size: z.int(),
        letterNumber: z.optional(z.string()),
        issuedOn: z.optional(day),
      }),
    ),
  }),
  'A line of a list or a work queue: public fields only, never the form.',
);

/** The form as it was validated when written (`NominationDraftSchema`). */
const storedForm = storedAs<NominationDraftInput>('NominationForm');

/** A signed decision as a nomination records it (`DecisionRef`). */
const decisionRef = named(
  'DecisionRef',
  z.object({ decisionId: z.string(), number: z.string(), signedOn: day }),
);

/**
 * Workflow records (held initiatives and quota place, the meeting, the submission letter…): kept
 * as the workflow wrote them; the decision that granted the award and the one that revoked it,
 * which screens read, are checked and typed.
 */
const nominationRecords = z.pipe(
  jsonRecord,
  z.looseObject({ decision: z.optional(decisionRef), revocation: z.optional(decisionRef) }),
);

export const nominationView = named(
  'Nomination',
  z.extend(nominationSummary, {
    form: storedForm,
    records: z.optional(nominationRecords),
  }),
);

export const ruleResult = named(
  'RuleResult',
  z.object({
    ruleId: z.string(),
    status: z.enum(['passed', 'failed', 'needs_evidence', 'forwarded', 'record']),
    citation: z.string(),
    confirmed: z.boolean(),
    message: z.string(),
    details: z.optional(jsonRecord),
  }),
);

export const eligibilityView = named(
  'Eligibility',
  z.object({
    verdict: z.enum(['eligible', 'ineligible', 'needs_evidence', 'forwarded', 'record']),
    verdictLabel: z.string(),
    ruleSetId: z.string(),
    decisionDate: day,
    results: z.array(ruleResult),
  }),
);

export const timelineEntry = named(
  'TimelineEntry',
  z.object({
    seq: z.int(),
    action: z.string(),
    from: z.nullable(z.string()),
    to: z.string(),
    at: instant,
    actor: z.object({ userId: z.string(), role: z.string(), name: z.optional(z.string()) }),
    reason: z.optional(z.string()),
    data: z.optional(jsonRecord),
  }),
);

export const nominationDetail = z.object({
  /** With the actions the caller may take on it now, decided by the server (the workflow table). */
  nomination: z.extend(nominationView, { allowedActions: z.array(z.enum(ACTIONS)) }),
  eligibility: z.optional(eligibilityView),
  timeline: z.array(timelineEntry),
});

export const draftAnswer = z.object({ nomination: nominationView, eligibility: eligibilityView });

export const nominationPage = page(nominationSummary);

/** A province step's answer: where the nomination stands now and the event that moved it. */
export const stepAnswer = z.object({
  id: z.string(),
  state: nominationState,
  version: z.int(),
  event: z.object({ seq: z.int(), action: z.string(), at: instant, reason: z.optional(z.string()) }),
});

export const listPreview = z.object({
  rows: z.array(
    z.object({
      row: z.int(),
      nomineeName: z.string(),
      awardCode,
      eligibility: eligibilityView,
      refused: z.boolean(),
      quota: z.optional(
        z.object({
          /** `null` where the rule sets no cap. */
          allowed: z.nullable(z.int()),
          takenBefore: z.int(),
          citation: z.string(),
          priority: z.optional(z.object({ rank: z.int(), reasons: z.array(z.string()) })),
        }),
      ),
    }),
  ),
});

export const listSent = z.object({
  listId: z.string(),
  submitted: z.int(),
  refused: z.int(),
  rows: z.array(
    z.object({
      row: z.int(),
      nomineeName: z.string(),
      awardCode,
      /** Absent on a row refused before any nomination was made of it. */
      nominationId: z.optional(z.string()),
      /** `not_created`: the row was refused before a nomination was made of it. */
      state: z.union([nominationState, z.literal('not_created')]),
      message: z.optional(z.string()),
    }),
  ),
});

const noticeNominee = z.discriminatedUnion('subject', [
  z.object({
    subject: z.literal('person'),
    fullName: z.string(),
    position: z.optional(z.string()),
    unitName: z.optional(z.string()),
  }),
  z.object({ subject: z.literal('collective'), name: z.string(), parentUnitName: z.optional(z.string()) }),
]);

export const publicNotice = z.object({
  organisationId: z.string(),
  organisationName: z.string(),
  year: z.int(),
  campaignId: z.optional(z.string()),
  asOf: day,
  entries: z.array(
    z.object({
      subject,
      nominee: noticeNominee,
      awardCode,
      awardName: z.string(),
      track,
      trackLabel: z.string(),
      campaignTitle: z.optional(z.string()),
      state: nominationState,
      stage: z.string(),
    }),
  ),
});
