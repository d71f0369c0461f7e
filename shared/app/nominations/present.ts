import type { AwardCode, Subject, Track } from '../../domain/vocabulary';
import { type NominationState, STATE_LABELS } from '../../domain/workflow';
import type { AuditEvent, Nomination, NominationHead } from '../../store';

/** A nomination as the API answers it to those who may see it (form included). */
export interface NominationView {
  readonly id: string;
  readonly version: number;
  readonly state: NominationState;
  readonly stateLabel: string;
  readonly organisationId: string;
  readonly unitId: string;
  readonly campaignId?: string;
  readonly awardCode: AwardCode;
  readonly subject: Subject;
  readonly track: Track;
  readonly year: number;
  readonly nominee: Nomination['nominee'];
  readonly form: Nomination['form'];
  readonly records?: Nomination['records'];
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * A line of a list or a work queue: public fields only, never the form (birth date, e-mail…);
 * with the tờ trình that sent it up, a public document, so the province can work per tờ trình.
 */
export type NominationSummary = Omit<NominationView, 'form' | 'records'> & {
  readonly submissionLetter?: { readonly number: string; readonly issuedOn: string };
  /** The unit's list it was proposed in, so the secretariat can take a list whole. */
  readonly unitList?: {
    readonly id: string;
    readonly size: number;
    readonly letterNumber?: string;
    readonly issuedOn?: string;
  };
};

function unitListOf(n: NominationHead): NominationSummary['unitList'] {
  const list = n.records?.unitList as
    | { id?: unknown; size?: unknown; letterNumber?: unknown; issuedOn?: unknown }
    | undefined;
  if (typeof list?.id !== 'string' || typeof list.size !== 'number') return undefined;
  return {
    id: list.id,
    size: list.size,
    ...(typeof list.letterNumber === 'string' ? { letterNumber: list.letterNumber } : {}),
    ...(typeof list.issuedOn === 'string' ? { issuedOn: list.issuedOn } : {}),
  };
}

/** The tờ trình recorded when the Sở forwarded the nomination, if it was. */
function submissionLetterOf(n: NominationHead): NominationSummary['submissionLetter'] {
  const letter = n.records?.submissionLetter as { number?: unknown; issuedOn?: unknown } | undefined;
  return typeof letter?.number === 'string' && typeof letter.issuedOn === 'string'
    ? { number: letter.number, issuedOn: letter.issuedOn }
    : undefined;
}

/** One event of the timeline: who, when, what, why. */
export interface TimelineEntry {
  readonly seq: number;
  readonly action: string;
  readonly from: string | null;
  readonly to: string;
  readonly at: string;
  /**
   * Who acted: `name` is the person's display name as recorded with the event; events recorded
   * before names were kept have none, and readers show the role alone.
   */
  readonly actor: { readonly userId: string; readonly role: string; readonly name?: string };
  readonly reason?: string;
  readonly data?: Readonly<Record<string, unknown>>;
}

const stateLabel = (state: string): string => STATE_LABELS[state as NominationState] ?? state;

export function toSummary(n: NominationHead): NominationSummary {
  const submissionLetter = submissionLetterOf(n);
  const unitList = unitListOf(n);
  return {
    id: n.id,
    version: n.version,
    // The store keeps the state as the workflow wrote it: one of the workflow's states.
    state: n.state as NominationState,
    stateLabel: stateLabel(n.state),
    organisationId: n.organisationId,
    unitId: n.unitId,
    ...(n.campaignId === undefined ? {} : { campaignId: n.campaignId }),
    awardCode: n.awardCode,
    subject: n.subject,
    track: n.track,
    year: n.year,
    nominee: n.nominee,
    createdAt: n.createdAt,
    updatedAt: n.updatedAt,
    ...(submissionLetter ? { submissionLetter } : {}),
    ...(unitList ? { unitList } : {}),
  };
}

export function toView(n: Nomination): NominationView {
  return { ...toSummary(n), form: n.form, ...(n.records === undefined ? {} : { records: n.records }) };
}

/** Keys of event data that would tie a council member to a choice in a secret ballot. */
const SECRET_BALLOT_KEYS = ['choice', 'vote', 'votes', 'ballot_choice'];

/**
 * A secret ballot proves each member voted once without saying how: whatever an event of such a
 * ballot carries, the timeline never shows a choice next to a member.
 */
function redact(data: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  const secret = data.secret === true || data.ballot === 'secret';
  if (!secret) return data;
  return Object.fromEntries(Object.entries(data).filter(([key]) => !SECRET_BALLOT_KEYS.includes(key)));
}

export function toTimelineEntry(event: AuditEvent): TimelineEntry {
  return {
    seq: event.seq,
    action: event.action,
    from: event.from,
    to: event.to,
    at: event.at,
    actor: {
      userId: event.actor.userId,
      role: event.actor.role,
      ...(event.actor.name === undefined ? {} : { name: event.actor.name }),
    },
    ...(event.reason === undefined ? {} : { reason: event.reason }),
    ...(event.data === undefined ? {} : { data: redact(event.data) }),
  };
}
