import * as z from 'zod/mini';
import { instant, named, page } from './common';
import { awardCode, jsonRecord, role, track } from './vocabulary';

/** What every versioned record of the directory carries. */
const versioned = { version: z.int(), createdAt: instant, updatedAt: z.optional(instant) };

export const organisation = named(
  'Organisation',
  z.object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    level: z.optional(z.enum(['province', 'department'])),
    contactEmails: z.optional(z.array(z.string())),
    ...versioned,
  }),
);

export const unit = named(
  'Unit',
  z.object({
    id: z.string(),
    organisationId: z.string(),
    name: z.string(),
    contactEmails: z.optional(z.array(z.string())),
    ...versioned,
  }),
);

/** A person as the directory keeps them, for those who manage the unit. */
export const person = named(
  'Person',
  z.object({
    id: z.string(),
    fullName: z.string(),
    position: z.optional(z.string()),
    organisationId: z.string(),
    unitId: z.string(),
    gender: z.optional(z.enum(['female', 'male'])),
    holdsLeadershipPost: z.optional(z.boolean()),
    startedOn: z.optional(z.string()),
    email: z.optional(z.string()),
    leftOn: z.optional(z.string()),
    userId: z.optional(z.string()),
    ...versioned,
  }),
);

/** What a list may show of a person (Luật BVDLCN 91/2025): name, position, unit. */
export const publicPerson = named(
  'PublicPerson',
  z.object({
    id: z.string(),
    fullName: z.string(),
    position: z.optional(z.string()),
    unitId: z.string(),
    unitName: z.optional(z.string()),
    leftOn: z.optional(z.string()),
  }),
);

export const awardEntry = named(
  'AwardEntry',
  z.object({
    holder: z.object({ kind: z.enum(['person', 'unit']), id: z.string() }),
    year: z.int(),
    awardCode,
    track,
    unitId: z.string(),
    entryId: z.string(),
    decisionId: z.string(),
    decisionNumber: z.optional(z.string()),
    decidedAt: instant,
    issuer: z.optional(z.string()),
    nominationId: z.optional(z.string()),
    revokedBy: z.optional(z.object({ decisionId: z.string(), number: z.string() })),
    /** How the entry is named in its correction's URL. */
    ref: z.string(),
    version: z.int(),
    /** Entered by hand and not revoked: it may be corrected (else a revoking decision annuls it). */
    correctable: z.boolean(),
  }),
);

export const personWithHistory = z.object({
  person,
  unitName: z.optional(z.string()),
  awards: z.array(awardEntry),
});

export const collectiveWithHistory = z.object({
  unit,
  organisationName: z.optional(z.string()),
  awards: z.array(awardEntry),
});

export const registryChange = named(
  'RegistryChange',
  z.object({
    entity: z.string(),
    entityId: z.string(),
    action: z.enum(['create', 'update']),
    at: instant,
    actor: z.object({ userId: z.string(), name: z.optional(z.string()) }),
    reason: z.optional(z.string()),
    before: z.optional(jsonRecord),
    after: jsonRecord,
  }),
);

const importIssue = z.object({ field: z.string(), column: z.optional(z.string()), message: z.string() });

/** What a spreadsheet import found before anything is written. */
const sheetPreview = {
  mapping: z.record(z.string(), z.int()),
  headerRow: z.int(),
  merged: z.array(z.string()),
  counts: z.object({ new: z.int(), exists: z.int(), errors: z.int() }),
};

export const awardHistoryPreview = z.object({
  ...sheetPreview,
  rows: z.array(
    z.object({
      row: z.int(),
      status: z.enum(['new', 'exists', 'error']),
      issues: z.optional(z.array(importIssue)),
      holderName: z.optional(z.string()),
      holderKind: z.optional(z.enum(['person', 'unit'])),
      year: z.optional(z.int()),
      awardCode: z.optional(z.string()),
      decisionNumber: z.optional(z.string()),
      decidedOn: z.optional(z.string()),
    }),
  ),
});

export const staffPreview = z.object({
  ...sheetPreview,
  rows: z.array(
    z.object({
      row: z.int(),
      status: z.enum(['new', 'exists', 'error']),
      issues: z.optional(z.array(importIssue)),
      person: z.optional(
        z.object({
          fullName: z.string(),
          unitId: z.string(),
          position: z.optional(z.string()),
          gender: z.optional(z.enum(['female', 'male'])),
          startedOn: z.optional(z.string()),
          email: z.optional(z.string()),
          holdsLeadershipPost: z.optional(z.boolean()),
        }),
      ),
      /** A new person's namesakes in other units, by unit name. */
      alsoIn: z.optional(z.array(z.string())),
      personId: z.optional(z.string()),
      fullName: z.optional(z.string()),
    }),
  ),
});

export const importResult = z.object({
  importId: z.string(),
  written: z.int(),
  exists: z.int(),
  skipped: z.int(),
});

/** A user of the system as the identity provider holds them. Never a password. */
export const user = named(
  'User',
  z.object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    roles: z.array(role),
    orgId: z.optional(z.string()),
    unitId: z.optional(z.string()),
    enabled: z.boolean(),
    status: z.string(),
    createdAt: z.optional(instant),
  }),
);

export const organisationPage = page(organisation);
export const unitPage = page(unit);
export const publicPersonPage = page(publicPerson);
export const registryChangePage = page(registryChange);
export const userPage = page(user);

/** Who is signed in, as the token says. */
export const me = z.object({
  userId: z.string(),
  email: z.optional(z.string()),
  name: z.optional(z.string()),
  roles: z.array(role),
  orgId: z.optional(z.string()),
  unitId: z.optional(z.string()),
});
