/**
 * A decision's tiền thưởng, entry by entry and in total (`reward-money.ts` reckons one award),
 * for the annex of the drafted decision and the screen of an issued one alike.
 */
import { DEFAULT_CATALOG } from '../rules/catalog';
import { noAmountReason, type RewardAmount, rewardAmount } from '../rules/reward-money';
import type { AwardCode, Subject } from '../vocabulary';

/** What the money needs of an annex entry. */
export interface MoneyEntry {
  readonly awardCode: AwardCode;
  readonly position?: string;
  readonly subject?: Subject;
}

/** Persons or collectives: the entry's own, else the award's only kind, else by whether a position is given. */
export function subjectOf(entry: MoneyEntry): Subject {
  if (entry.subject) return entry.subject;
  const subjects = DEFAULT_CATALOG[entry.awardCode].subjects;
  if (subjects.length === 1 && subjects[0]) return subjects[0];
  return entry.position?.trim() ? 'person' : 'collective';
}

export interface DecisionMoney {
  /** Per entry, in order; `undefined` where the system cannot say (see `notes`). */
  readonly amounts: readonly (RewardAmount | undefined)[];
  /** Đồng. */
  readonly total: number;
  /** One line per award and subject: how it was reckoned, or why it was not. */
  readonly notes: readonly string[];
}

export function decisionMoney(entries: readonly MoneyEntry[], signedOn: string): DecisionMoney {
  const notes = new Map<string, string>();
  const amounts = entries.map((entry) => {
    const subject = subjectOf(entry);
    const money = rewardAmount(entry.awardCode, subject, signedOn);
    const name = `${DEFAULT_CATALOG[entry.awardCode].name} (${subject === 'person' ? 'cá nhân' : 'tập thể'})`;
    notes.set(
      name,
      money
        ? `${name}: ${money.basis}, làm tròn lên hàng chục nghìn đồng.`
        : `${name}: ${noAmountReason(signedOn)}`,
    );
    return money;
  });
  return {
    amounts,
    total: amounts.reduce((sum, m) => sum + (m?.amount ?? 0), 0),
    notes: [...notes.values()],
  };
}
