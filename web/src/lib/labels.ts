/**
 * Labels people read, taken from the shared domain (one source with the API): award names from
 * the rule catalog, states and actions from the workflow, vocabulary from `vocabulary.ts`.
 */
import { DEFAULT_CATALOG } from '../../../shared/domain/rules/catalog';
import type { AwardCode, Role } from '../../../shared/domain/vocabulary';
import { ROLE_LABELS } from '../../../shared/domain/vocabulary';
import { type NominationState, STATE_LABELS } from '../../../shared/domain/workflow/states';
import { TRANSITIONS } from '../../../shared/domain/workflow/transitions';

export const awardName = (code: string): string => DEFAULT_CATALOG[code as AwardCode]?.name ?? code;

export const stateLabel = (state: string): string => STATE_LABELS[state as NominationState] ?? state;

export const roleLabel = (role: string): string => ROLE_LABELS[role as Role] ?? role;

/**
 * Who acted, as a timeline shows it: "Nguyễn Văn A (Thư ký Hội đồng TĐKT Sở)"; an event recorded
 * before names were kept shows the role alone. Plain text: the screen renders it escaped.
 */
export function actorLabel(actor: { readonly role: string; readonly name?: string }): string {
  const name = actor.name?.trim();
  return name ? `${name} (${roleLabel(actor.role)})` : roleLabel(actor.role);
}

/** What an audit event's action is called: the transition's button label, or the few extra events. */
const EXTRA_ACTIONS: Readonly<Record<string, string>> = {
  create: 'Tạo bản nháp',
  update: 'Sửa bản nháp',
  update_draft: 'Sửa bản nháp',
  edit: 'Sửa bản nháp',
  vote: 'Thành viên Hội đồng bỏ phiếu',
};
export function actionLabel(action: string): string {
  return EXTRA_ACTIONS[action] ?? TRANSITIONS.find((t) => t.action === action)?.label ?? action;
}

/** The tone of a state's badge: waiting, back with the unit, a good or a bad outcome. */
export function stateTone(state: string): 'draft' | 'wait' | 'back' | 'ok' | 'bad' {
  if (state === 'draft') return 'draft';
  if (state === 'returned' || state === 'province_returned') return 'back';
  if (
    [
      'decided',
      'decided_by_province',
      'council_passed',
      'province_approved',
      'forwarded_to_central',
    ].includes(state)
  )
    return 'ok';
  if (['council_failed', 'province_rejected', 'withdrawn', 'revoked'].includes(state)) return 'bad';
  return 'wait';
}
