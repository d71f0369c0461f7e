import type { AuditActor } from '../../../shared/store/audit-chain';
import type { Clock } from '../../../shared/store/ports/common';
import type { NewNomination, Transition } from '../../../shared/store/ports/nomination-repository';
import type { AwardEntry, Campaign, Person } from '../../../shared/store/ports/registry-repositories';

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

export function aPerson(overrides: Partial<Omit<Person, 'createdAt'>> = {}): Omit<Person, 'createdAt'> {
  return {
    id: uniqueId('person'),
    fullName: 'Lê Thị Thu Hà',
    position: 'Giáo viên',
    organisationId: 'org-so-gddt',
    unitId: 'unit-thpt-phan-dinh-phung',
    gender: 'female',
    holdsLeadershipPost: false,
    ...overrides,
  };
}

export function aCampaign(overrides: Partial<Omit<Campaign, 'createdAt'>> = {}): Omit<Campaign, 'createdAt'> {
  return {
    id: uniqueId('camp'),
    organisationId: 'org-so-gddt',
    year: 2026,
    title: 'Phong trào thi đua "Đổi mới, sáng tạo trong dạy và học"',
    details: {
      periods: [{ name: 'Đợt 1', start: '2026-01-01', end: '2026-06-30', reviewDue: '2026-07-15' }],
    },
    ...overrides,
  };
}

export function anAwardEntry(overrides: Partial<AwardEntry> = {}): AwardEntry {
  const entryId = overrides.entryId ?? uniqueId('dec');
  return {
    holder: { kind: 'person', id: 'person-mac-dinh' },
    year: 2025,
    awardCode: 'LDTT',
    track: 'annual',
    unitId: 'unit-thpt-phan-dinh-phung',
    entryId,
    decisionId: entryId,
    decisionNumber: '12/QĐ-SGDĐT',
    decidedAt: '2025-12-20T02:00:00.000Z',
    ...overrides,
  };
}
