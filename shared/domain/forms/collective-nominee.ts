import * as z from 'zod/mini';
import { TASK_RATINGS } from '../vocabulary';
import { LIMITS } from './limits';
import { identifier, singleLineText } from './text';

/**
 * A collective (phòng, ban, đơn vị) proposed for an award. The member counts feed the criteria
 * ("> 50 % of members LĐTT") and the tie-break favouring collectives with ≥ 70 % women.
 */
export const CollectiveNomineeSchema = z
  .strictObject({
    subject: z.literal('collective'),
    unitId: z.optional(identifier(LIMITS.id)),
    /** The collective's name, e.g. "Phòng Tổ chức – Hành chính". */
    name: singleLineText(LIMITS.unitName),
    /** The organisation it belongs to, as printed on the annex ("Sở Nội vụ"). */
    parentUnitName: singleLineText(LIMITS.unitName),
    memberCount: z.int().check(z.gte(1), z.lte(LIMITS.maxMembers)),
    femaleMemberCount: z.optional(z.int().check(z.gte(0), z.lte(LIMITS.maxMembers))),
    /**
     * Members rated "hoàn thành nhiệm vụ" or better this year, as the unit declares it (the
     * secretariat checks it against the báo cáo). Absent, "100 % hoàn thành nhiệm vụ" (TTLĐXS)
     * cannot be judged: the members who are LĐTT are a different fact.
     */
    completingTaskCount: z.optional(z.int().check(z.gte(0), z.lte(LIMITS.maxMembers))),
    taskRating: z.optional(z.enum(TASK_RATINGS)),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (value.femaleMemberCount !== undefined && value.femaleMemberCount > value.memberCount) {
        ctx.addIssue({
          code: 'custom',
          path: ['femaleMemberCount'],
          message: 'Số thành viên nữ không được lớn hơn tổng số thành viên.',
          params: { code: 'exceeds_member_count' },
          input: value.femaleMemberCount,
        });
      }
      if (value.completingTaskCount !== undefined && value.completingTaskCount > value.memberCount) {
        ctx.addIssue({
          code: 'custom',
          path: ['completingTaskCount'],
          message: 'Số cá nhân hoàn thành nhiệm vụ không được lớn hơn tổng số thành viên.',
          params: { code: 'exceeds_member_count' },
          input: value.completingTaskCount,
        });
      }
    }),
  );

export type CollectiveNominee = z.output<typeof CollectiveNomineeSchema>;
export type CollectiveNomineeInput = z.input<typeof CollectiveNomineeSchema>;
