import * as z from 'zod/mini';
import { instant, named, page } from './common';

/** A presigned POST: the browser sends the file straight to storage with these fields. */
export const presignedUpload = z.object({
  uploadId: z.string(),
  url: z.string(),
  fields: z.record(z.string(), z.string()),
  maxBytes: z.int(),
  expiresAt: instant,
});

const storedFileShape = {
  fileId: z.string(),
  kind: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.int(),
  fileRef: z.string(),
  uploadedAt: instant,
  uploadedBy: z.object({ userId: z.string(), name: z.optional(z.string()) }),
  /** A dossier file: the nomination's state when it was added. */
  nominationState: z.optional(z.string()),
  /** A signed copy: the number of the document it is a copy of. */
  documentNumber: z.optional(z.string()),
  /** A council's signed minutes or tally: the nominations on its meeting's agenda. */
  agenda: z.optional(z.array(z.string())),
  /** …and whose council it is (the Sở's, or the province's organisation). */
  councilOrganisationId: z.optional(z.string()),
};

export const storedFile = named('StoredFile', z.object(storedFileShape));

/** A file of a list: `current` is false once a newer file of the same kind replaced it. */
export const filePage = page(
  z.object({
    ...storedFileShape,
    current: z.boolean(),
    /** In a dossier's list, a council's minutes: the meeting they are kept with. */
    meetingId: z.optional(z.string()),
  }),
);

/** A short-lived link to read a private file. */
export const fileLinkAnswer = z.object({
  url: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  expiresAt: instant,
});
