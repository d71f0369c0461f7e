import { ValidationError } from '../../domain/errors';
import type { DossierItem } from '../../domain/forms/dossier-item';
import { LIMITS } from '../../domain/forms/limits';
import { provinceCouncilRequired } from '../../domain/rules/province-council';
import type { NominationState } from '../../domain/workflow/states';
import { loadVisibleNomination } from '../access';
import { releaseHeld } from '../nominations/held-extras';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import { ruleSetAt } from '../rule-set';
import { runTransition } from '../run-transition';

type Ports = Pick<AppPorts, 'nominations' | 'clock' | 'ruleOverrides'>;

const summary = ({ nomination, event }: Awaited<ReturnType<typeof runTransition>>) => ({
  id: nomination.id,
  // The store keeps the state as the workflow wrote it: one of the workflow's states.
  state: nomination.state as NominationState,
  version: nomination.version,
  event: {
    seq: event.seq,
    action: event.action,
    at: event.at,
    ...(event.reason ? { reason: event.reason } : {}),
  },
});

/** Ban TĐKT tỉnh receives a forwarded nomination for appraisal (`receive`). */
export function makeReceiveNomination(ports: Ports) {
  return async (principal: Principal, id: string, expectedVersion?: number) =>
    summary(
      await runTransition(ports, {
        principal,
        nominationId: id,
        action: 'receive',
        facts: expectedVersion === undefined ? {} : { expectedVersion },
      }),
    );
}

/**
 * Ban TĐKT tỉnh appraises a nomination as complete and lawful (`appraise`). The officer's
 * appraisal is the rule check at this step (the Sở's checks ran at submission); awards that need
 * the provincial council are refused here with `WORKFLOW_WRONG_ROUTE`.
 */
export function makeAppraiseNomination(ports: Ports) {
  return async (principal: Principal, id: string, note?: string, expectedVersion?: number) => {
    const nomination = await ports.nominations.get(id);
    const award = nomination
      ? ruleSetAt(ports, ports.clock.now().toISOString()).awards[nomination.awardCode]
      : undefined;
    return summary(
      await runTransition(ports, {
        principal,
        nominationId: id,
        action: 'appraise',
        facts: {
          ruleCheck: { passed: true, refusals: [] },
          provinceCouncilRequired: award ? provinceCouncilRequired(award) : false,
          ...(note ? { reason: note } : {}),
          ...(expectedVersion === undefined ? {} : { expectedVersion }),
        },
      }),
    );
  };
}

/** Ban TĐKT tỉnh returns a nomination to the Sở with its reasons (`province_return`). */
export function makeProvinceReturn(ports: Ports) {
  return async (principal: Principal, id: string, reason: string, expectedVersion?: number) =>
    summary(
      await runTransition(ports, {
        principal,
        nominationId: id,
        action: 'province_return',
        facts: { reason, ...(expectedVersion === undefined ? {} : { expectedVersion }) },
      }),
    );
}

/**
 * The province does not grant a nomination (`province_reject`): the Ban TĐKT at appraisal, or the
 * Chủ tịch once appraised. Its quota place and initiatives are given back in the same transaction.
 */
export function makeProvinceReject(ports: Ports) {
  return async (principal: Principal, id: string, reason: string, expectedVersion?: number) => {
    const current = await loadVisibleNomination(ports.nominations, principal, id);
    return summary(
      await runTransition(ports, {
        principal,
        nominationId: id,
        action: 'province_reject',
        facts: { reason, ...(expectedVersion === undefined ? {} : { expectedVersion }) },
        extras: releaseHeld(current),
        judged: current,
      }),
    );
  };
}

/**
 * The Sở's secretariat sends a returned nomination back to the province, completed (`reforward`):
 * the documents added since the return join the dossier in the same write as the step, and the
 * event names them, so the province sees what changed.
 */
export function makeReforwardNomination(ports: Ports) {
  return async (
    principal: Principal,
    id: string,
    input: { readonly note?: string; readonly documents?: readonly DossierItem[] },
    expectedVersion?: number,
  ) => {
    const documents = input.documents ?? [];
    const current = documents.length
      ? await loadVisibleNomination(ports.nominations, principal, id)
      : undefined;
    const dossier = [
      ...(((current?.form as { dossier?: unknown[] } | undefined)?.dossier ?? []) as unknown[]),
    ];
    if (current && dossier.length + documents.length > LIMITS.dossierItems) {
      const message = `Hồ sơ có tối đa ${LIMITS.dossierItems} tài liệu.`;
      throw new ValidationError([{ path: 'body.documents', code: 'too_big', message }], message);
    }
    return summary(
      await runTransition(ports, {
        principal,
        nominationId: id,
        action: 'reforward',
        facts: {
          ...(input.note ? { reason: input.note } : {}),
          ...(expectedVersion === undefined ? {} : { expectedVersion }),
        },
        ...(current
          ? {
              judged: current,
              changes: { form: { ...current.form, dossier: [...dossier, ...documents] } },
              eventData: { addedDocuments: documents.map((d) => ({ kind: d.kind, title: d.title })) },
            }
          : {}),
      }),
    );
  };
}
