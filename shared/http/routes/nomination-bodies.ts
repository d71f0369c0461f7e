/** Bodies of the nomination actions that carry a reason or a dossier. */
import * as z from 'zod/mini';
import { DOSSIER_KINDS } from '../../domain/dossier-kinds';
import { DossierItemSchema, fileRef } from '../../domain/forms/dossier-item';
import { LIMITS } from '../../domain/forms/limits';
import { multiLineText } from '../../domain/forms/text';

export const ReasonBody = z.strictObject({ reason: multiLineText(LIMITS.reason) });

/** The Sở re-forwards a dossier the province returned, with the documents added since. */
export const ReforwardBody = z.strictObject({
  note: z.optional(multiLineText(LIMITS.reason)),
  /** The documents added after the province's return; they join the dossier. */
  documents: z.optional(z.array(DossierItemSchema).check(z.maxLength(LIMITS.dossierItems))),
});

export const ResubmitBody = z.strictObject({
  dossier: z.array(DossierItemSchema).check(z.minLength(1), z.maxLength(LIMITS.dossierItems)),
  note: z.optional(multiLineText(LIMITS.reason)),
});

export const ReturnBody = z.strictObject({
  reason: multiLineText(LIMITS.reason),
  items: z
    .array(
      z.strictObject({
        kind: z.enum(DOSSIER_KINDS),
        fileRef: z.optional(fileRef),
        reason: multiLineText(LIMITS.reason),
      }),
    )
    .check(z.minLength(1), z.maxLength(LIMITS.dossierItems)),
});
