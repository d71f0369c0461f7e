import { ROUTE_TIMEOUT_SECONDS } from '../limits';
import type { AppPorts } from '../ports';

/**
 * How long a document may stay `pending` before the sweep takes it over: longer than the request
 * that writes it can run (its function's timeout), so the sweep never races a living request.
 */
export const PENDING_GRACE_MS = 3 * ROUTE_TIMEOUT_SECONDS * 1000;

export interface ResumeOutcome {
  readonly resumed: readonly string[];
  readonly failed: readonly { readonly id: string; readonly error: string }[];
}

/**
 * The sweep of documents a crash left `pending` (only a batch too large for one transaction can
 * be): each is rolled forward — its remaining transitions written, then issued, which sends its
 * emails — idempotently, so two sweeps or a sweep and a retry end in the same whole decision.
 * Runs on the notifier's quarter-hourly tick.
 */
export async function resumePendingDocuments(
  ports: Pick<AppPorts, 'documents' | 'clock'>,
): Promise<ResumeOutcome> {
  const olderThan = new Date(ports.clock.now().getTime() - PENDING_GRACE_MS).toISOString();
  const resumed: string[] = [];
  const failed: { id: string; error: string }[] = [];
  for (const id of await ports.documents.listPending({ olderThan })) {
    try {
      if ((await ports.documents.resumePending(id)) === 'issued') resumed.push(id);
    } catch (error) {
      failed.push({ id, error: (error as Error).message });
    }
  }
  return { resumed, failed };
}
