import * as z from 'zod/mini';
import { day, named, page } from './common';
import { awardCode, subject } from './vocabulary';

export const documentEntry = named(
  'DocumentEntry',
  z.object({
    no: z.int(),
    nominationId: z.string(),
    organisationId: z.string(),
    unitId: z.string(),
    awardCode,
    awardName: z.string(),
    nomineeName: z.string(),
    position: z.optional(z.string()),
    /** Recorded with the decision; absent on entries recorded before it was kept. */
    subject: z.optional(subject),
    /** The awardee's unit as recorded with the decision; absent on older entries. */
    unitName: z.optional(z.string()),
    /**
     * Revoked by a later decision (`GET /decisions/{id}` only, for the caller's own awardees or
     * all of them for the issuer); absent otherwise.
     */
    revoked: z.optional(z.literal(true)),
  }),
);

/** A decision, a revocation or a tờ trình, as people read it. */
export const issuedDocument = named(
  'Document',
  z.object({
    id: z.string(),
    kind: z.enum(['decision', 'revocation', 'submission']),
    kindLabel: z.string(),
    number: z.string(),
    year: z.int(),
    signedOn: day,
    signedOnLabel: z.string(),
    /** The organisation that issued it (`GET /organisations/{issuerId}`). */
    issuerId: z.string(),
    signedBy: z.object({
      userId: z.string(),
      role: z.string(),
      email: z.optional(z.string()),
      name: z.optional(z.string()),
    }),
    /** Who signed, as printed, when the official entered it. */
    signer: z.optional(z.object({ name: z.string(), title: z.string() })),
    numbering: z.enum(['auto', 'entered']),
    summary: z.string(),
    action: z.string(),
    status: z.string(),
    /** A chairman's decision: the tờ trình it answers (absent on older records). */
    answers: z.optional(
      z.array(
        z.object({
          number: z.string(),
          issuedOn: day,
          organisationId: z.string(),
          organisationName: z.optional(z.string()),
        }),
      ),
    ),
    /** A revocation: the decision it revokes, and why. */
    revokes: z.optional(z.string()),
    reason: z.optional(z.string()),
    entries: z.array(documentEntry),
  }),
);

export const documentPage = page(issuedDocument);
