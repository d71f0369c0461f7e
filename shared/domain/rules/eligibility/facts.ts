/** The facts about a nominee that eligibility reads. Plain data; the store and forms build it. */
import type { DossierKind } from '../../dossier-kinds';
import type { AwardCode, TaskRating, Track } from '../../vocabulary';
import type { AwardHistoryEntry, YearRating } from '../history';
import type { InitiativeUse } from '../initiatives';
import type { DisciplineLevel, InitiativeScope, IsoDate } from '../types';

export interface DisciplineRecord {
  readonly level: DisciplineLevel;
  readonly from: IsoDate;
  /** Last day the measure is in effect; `null` while open. */
  readonly until: IsoDate | null;
}

/** Proceedings that block any proposal (Điều 4 of the decree). */
export interface BlockingStatus {
  readonly underDisciplinaryReview: boolean;
  readonly underInvestigation: boolean;
  readonly pendingComplaint: boolean;
}

/** An initiative or research result the nomination relies on. */
export interface InitiativeClaim {
  /** Registry id, e.g. `SK-2025-014`. */
  readonly id: string;
  readonly title: string;
  readonly kind: 'initiative' | 'research';
  readonly scope: InitiativeScope;
  /** Year it was recognised (công nhận) or accepted (nghiệm thu). */
  readonly recognisedYear: number;
  /** Reference of the recognition certificate; `null` when claimed without one. */
  readonly certificateRef: string | null;
}

/** Leave the law counts as working time (maternity; treatment after an injury on duty). */
export interface SpecialLeave {
  readonly kind: 'maternity' | 'injury_treatment';
  readonly from: IsoDate;
  readonly to: IsoDate;
}

interface CommonFacts {
  /** This year's rating; `null` when not yet rated. */
  readonly taskRating: TaskRating | null;
  /** Ratings of previous years (for "consecutive years HTXSNV"). */
  readonly taskRatingHistory?: readonly YearRating[];
  readonly status: BlockingStatus;
  readonly initiatives?: readonly InitiativeClaim[];
  /**
   * Bằng khen tỉnh: the point of khoản 1 Điều 74 (a–c) the unit rests the achievement on instead
   * of điểm d's countable record; the council judges it on the report and its evidence.
   */
  readonly achievementPoint?: 'a' | 'b' | 'c';
}

export interface PersonFacts extends CommonFacts {
  readonly subject: 'person';
  readonly recruitedOn: IsoDate | null;
  readonly disciplines?: readonly DisciplineRecord[];
  readonly specialLeave?: readonly SpecialLeave[];
  /** Recorded for tie-breaks (women first; the seeds favour staff without a leadership post). */
  readonly isWoman?: boolean;
  readonly holdsLeadershipPost?: boolean;
}

export interface MemberCounts {
  readonly total: number;
  readonly ldtt: number;
  /** Members who completed their tasks, as the unit declares them; `null` when not declared. */
  readonly completingTasks: number | null;
  readonly cstdcs: number;
  /**
   * Of `ldtt` and `cstdcs`, the people counted by a proposal of the same year still under
   * consideration rather than an award already decided (members and their collective are
   * proposed at the same year-end): the council reads the collective's verdict with them.
   */
  readonly pending?: { readonly ldtt: number; readonly cstdcs: number };
  readonly disciplinedByLevel: Readonly<Partial<Record<DisciplineLevel, number>>>;
  readonly women: number;
}

export interface CollectiveFacts extends CommonFacts {
  readonly subject: 'collective';
  readonly members: MemberCounts;
  /** Elected leader of its khối/cụm thi đua; `null` when the suy tôn has not been recorded. */
  readonly leadsEmulationCluster?: boolean | null;
}

export type NomineeFacts = PersonFacts | CollectiveFacts;

export interface EligibilityInput {
  readonly nominee: NomineeFacts;
  readonly award: AwardCode;
  readonly track: Track;
  /** The achievement year. */
  readonly year: number;
  /** Selects the rule set: a nomination is judged by the rules in force on its decision date. */
  readonly decisionDate: IsoDate;
  readonly history: readonly AwardHistoryEntry[];
  /** Needed for the initiative-once check. */
  readonly nominationId?: string;
  readonly initiativeRegistry?: readonly InitiativeUse[];
  /** The kinds of document the dossier holds, for rules whose facts need their evidence. */
  readonly evidence?: readonly DossierKind[];
}
