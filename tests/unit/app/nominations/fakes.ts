import type { AppPorts } from '../../../../shared/app/ports';
import { ConflictError } from '../../../../shared/domain/errors';
import type { Principal } from '../../../../shared/http/principal';
import type {
  AuditEvent,
  Nomination,
  NominationRepository,
  Transition,
  TransitionExtra,
} from '../../../../shared/store';
import { chainEvent } from '../../../../shared/store/audit-chain';

/** An in-memory nomination store with the real audit chain; records every transition it was asked for. */
export function fakeNominations(seed: Nomination[] = []) {
  const items = new Map(seed.map((n) => [n.id, n]));
  const events = new Map<string, AuditEvent[]>();
  const transitions: Transition[] = [];
  let quotaUsed = 0;
  const repo: NominationRepository = {
    async create() {
      throw new Error('not used');
    },
    get: async (id) => items.get(id),
    getMany: async (ids) => ids.flatMap((id) => items.get(id) ?? []),
    getManyHeads: async (ids) => ids.flatMap((id) => items.get(id) ?? []),
    async transition(input) {
      transitions.push(input);
      const current = items.get(input.id);
      if (!current) throw new Error('missing');
      for (const extra of input.extras ?? []) applyExtra(extra);
      const trail = events.get(input.id) ?? [];
      const event = chainEvent(trail.at(-1) ?? null, {
        nominationId: input.id,
        seq: trail.length + 1,
        ...input.event,
        at: '2026-11-22T08:00:00.000Z',
        from: input.from,
        to: input.to,
      });
      events.set(input.id, [...trail, event]);
      const next = { ...current, state: input.to, version: current.version + 1 };
      items.set(input.id, next);
      return { nomination: next, event };
    },
    listByUnit: async () => ({ items: [] }),
    listByOrgAndState: async () => ({ items: [] }),
    listHeadsByUnit: async () => ({ items: [] }),
    listHeadsByOrgAndState: async () => ({ items: [] }),
    listByCampaign: async () => ({ items: [] }),
    listAuditEvents: async (id) => ({ items: events.get(id) ?? [] }),
    listVotes: async () => ({ items: [] }),
    getTally: async () => ({}),
  };
  function applyExtra(extra: TransitionExtra) {
    if (extra.kind === 'quota') {
      if (quotaUsed >= extra.limit) throw new ConflictError('QUOTA_EXHAUSTED', 'hết', { used: quotaUsed });
      quotaUsed += 1;
    }
  }
  return { repo, transitions, events };
}

export const aPrincipal = (overrides: Partial<Principal> = {}): Principal => ({
  userId: 'user-canbo',
  roles: ['unit_officer'],
  orgId: 'org-snv',
  unitId: 'unit-snv-vp',
  ...overrides,
});

export function aStoredNomination(overrides: Partial<Nomination> = {}): Nomination {
  return {
    id: 'nom-1',
    version: 1,
    state: 'draft',
    organisationId: 'org-snv',
    unitId: 'unit-snv-vp',
    awardCode: 'LDTT',
    subject: 'person',
    track: 'annual',
    year: 2026,
    nominee: { name: 'Phạm Quốc Huy', position: 'Chuyên viên' },
    form: {
      subject: 'person',
      awardCode: 'LDTT',
      track: 'annual',
      year: 2026,
      nominee: {
        subject: 'person',
        fullName: 'Phạm Quốc Huy',
        position: 'Chuyên viên',
        unitName: 'Văn phòng Sở',
        holdsLeadershipPost: false,
        taskRating: 'HTTNV',
        employedSince: '2015-01-01',
      },
      dossier: [],
      initiatives: [],
    },
    createdAt: '2026-11-20T08:00:00.000Z',
    updatedAt: '2026-11-20T08:00:00.000Z',
    lastEventSeq: 0,
    lastEventHash: '0'.repeat(64),
    ...overrides,
  };
}

/** Ports with empty directories and a clock fixed on 22/11/2026. */
export function fakePorts(
  nominations: NominationRepository,
): Pick<AppPorts, 'nominations' | 'persons' | 'campaigns' | 'organisations' | 'clock' | 'ids'> {
  const empty = async () => ({ items: [] });
  return {
    nominations,
    persons: {
      create: async () => {
        throw new Error('not used');
      },
      get: async () => undefined,
      listByUnit: empty,
      recordAward: async (entry: unknown) => entry,
      listAwardHistory: empty,
      listAwardsByUnitAndYear: empty,
    } as unknown as AppPorts['persons'],
    campaigns: { get: async () => undefined } as unknown as AppPorts['campaigns'],
    organisations: {} as AppPorts['organisations'],
    clock: { now: () => new Date('2026-11-22T08:00:00.000Z') },
    ids: { next: () => 'nom-new' },
  };
}
