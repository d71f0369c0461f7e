/**
 * How a council decides on a nomination. Set per award and per council (Sở or province) in the
 * rule set; the workflow's tally applies it. Fractions are expressed as numerator/denominator
 * pairs so that "2/3" is exact, never a rounded float.
 */
export interface Fraction {
  readonly num: number;
  readonly den: number;
}

export interface VotingPolicy {
  /** `open` = show of hands (each vote is linked to its member); `secret` = no voter-to-vote link. */
  readonly ballot: 'open' | 'secret';
  /** Share of all council members that must be present for the meeting to decide. */
  readonly quorum: Fraction;
  /** Share of approving votes required; reached when approvals / denominator ≥ threshold. */
  readonly threshold: Fraction;
  /**
   * What the threshold is measured against:
   * - `all_members`: "tổng số thành viên của Hội đồng", every voting seat held on the meeting
   *   day, members recused from the item included: a recused member is still a member (the
   *   quy chế's words, DOMAIN.md). The default.
   * - `eligible_members`: the seats less those recused from the item; only where a council's
   *   quy chế says so (a province override, with its citation).
   * - `present_members`: "số thành viên dự họp" who may vote on the item (and written opinions).
   */
  readonly denominator: 'all_members' | 'eligible_members' | 'present_members';
  /** Whether absent members may vote by written opinion (ý kiến bằng văn bản). */
  readonly writtenOpinionsAllowed: boolean;
}
