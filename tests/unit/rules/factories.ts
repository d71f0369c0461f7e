/** Test factories with overrides; fixed dates only. */
import type {
  AwardHistoryEntry,
  CollectiveFacts,
  EligibilityInput,
  InitiativeClaim,
  PersonFacts,
  ProvinceRuleOverrides,
} from '../../../shared/domain/rules';
import type { AwardCode, Track } from '../../../shared/domain/vocabulary';

export const NO_BLOCK = {
  underDisciplinaryReview: false,
  underInvestigation: false,
  pendingComplaint: false,
} as const;

export function aPerson(overrides: Partial<PersonFacts> = {}): PersonFacts {
  return {
    subject: 'person',
    taskRating: 'HTTNV',
    recruitedOn: '2020-03-01',
    status: NO_BLOCK,
    initiatives: [],
    ...overrides,
  };
}

export function aCollective(overrides: Partial<CollectiveFacts> = {}): CollectiveFacts {
  return {
    subject: 'collective',
    taskRating: 'HTXSNV',
    status: NO_BLOCK,
    members: { total: 10, ldtt: 8, completingTasks: 10, cstdcs: 1, disciplinedByLevel: {}, women: 5 },
    ...overrides,
  };
}

export function anInitiative(overrides: Partial<InitiativeClaim> = {}): InitiativeClaim {
  return {
    id: 'SK-2025-001',
    title: 'Số hóa hồ sơ thi đua, khen thưởng',
    kind: 'initiative',
    scope: 'unit',
    recognisedYear: 2025,
    certificateRef: '12/QĐ-HĐSK',
    ...overrides,
  };
}

export function anAward(
  year: number,
  award: AwardCode,
  track: Track = 'annual',
  extra: Partial<AwardHistoryEntry> = {},
) {
  return { year, award, track, decisionRef: `${year}/QĐ-SNV`, ...extra } satisfies AwardHistoryEntry;
}

/** A nomination for the 2025 annual review, decided on 15/12/2025 (under NĐ 152/2025). */
export function anInput(overrides: Partial<EligibilityInput> = {}): EligibilityInput {
  return {
    nominee: aPerson(),
    award: 'LDTT',
    track: 'annual',
    year: 2025,
    decisionDate: '2025-12-15',
    history: [],
    nominationId: 'NOM-1',
    initiativeRegistry: [],
    ...overrides,
  };
}

export function provinceOverrides(overrides: Partial<ProvinceRuleOverrides> = {}): ProvinceRuleOverrides {
  return { province: 'tinh-thu', name: 'Tỉnh thử nghiệm', periods: [], ...overrides };
}
