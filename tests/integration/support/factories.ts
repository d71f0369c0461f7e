import type { AuditActor } from '../../../shared/store/audit-chain';
import type { Clock } from '../../../shared/store/ports/common';
import type { NewNomination, Transition } from '../../../shared/store/ports/nomination-repository';

let sequence = 0;
/** Unique within a run, sortable, and free of `#`. */
export const uniqueId = (prefix: string): string => `${prefix}-${(++sequence).toString().padStart(6, '0')}`;

/** A clock that always reads the same instant. */
export const fixedClock = (iso = '2026-01-05T08:00:00.000Z'): Clock => ({ now: () => new Date(iso) });

/** A clock that advances one second per reading, from a fixed start: distinct yet reproducible times. */
export function steppingClock(startIso = '2026-01-05T08:00:00.000Z', stepMs = 1000): Clock {
  let next = Date.parse(startIso);
  return {
    now: () => {
      const now = new Date(next);
      next += stepMs;
      return now;
    },
  };
}

export const anActor = (overrides: Partial<AuditActor> = {}): AuditActor => ({
  userId: 'user-can-bo-01',
  role: 'unit_officer',
  ...overrides,
});

export function aNewNomination(overrides: Partial<NewNomination> = {}): NewNomination {
  return {
    id: uniqueId('nom'),
    state: 'draft',
    organisationId: 'org-so-gddt',
    unitId: 'unit-phong-tccb',
    campaignId: 'camp-2026-thi-dua-yeu-nuoc',
    awardCode: 'CSTDCS',
    subject: 'person',
    track: 'annual',
    year: 2026,
    nominee: { name: 'Nguyễn Thị Hồng Nhung', position: 'Chuyên viên' },
    form: { achievements: 'Hoàn thành xuất sắc nhiệm vụ năm 2025', initiatives: ['SK-2025-014'] },
    event: { action: 'create', actor: anActor() },
    ...overrides,
  };
}

/** The unit submitting a draft at version 1, unless overridden. */
export function aTransition(id: string, overrides: Partial<Transition> = {}): Transition {
  return {
    id,
    expectedVersion: 1,
    from: 'draft',
    to: 'submitted',
    event: { action: 'submit', actor: anActor() },
    ...overrides,
  };
}
