/**
 * Length limits of every form field, in one place so the API, the web form and the DynamoDB item
 * size budget (400 KB per item) agree. Lengths count UTF-16 code units after NFC normalisation,
 * which is what `String.length` measures and what the store pays for.
 */
export const LIMITS = {
  /** Person names: Vietnamese names rarely exceed 40 characters; 120 leaves room for ethnic names. */
  personName: 120,
  /** Position (chức vụ) such as "Phó Trưởng phòng Tổ chức – Hành chính". */
  position: 200,
  /** Names of units, collectives, organisations and issuing bodies. */
  unitName: 250,
  /** Opaque identifiers issued by the system (ULIDs are 26 characters). */
  id: 64,
  /** Document numbers such as `163/QĐ-UBND` or `34-CT/TW`. */
  documentNumber: 50,
  /** Titles of documents, initiatives, targets and commemorations (trích yếu). */
  title: 500,
  /** A council meeting's name or number ("Phiên họp số 3/2026"). */
  meetingName: 200,
  /** Storage key of an uploaded file. */
  fileRef: 512,
  email: 254,
  /** A paragraph: a campaign theme, a content item, a target's wording. */
  paragraph: 2000,
  /** Free notes on a draft. */
  notes: 4000,
  /** Reasons for return, withdrawal, rejection or revocation. */
  reason: 2000,
  /** Items of a dossier (Điều 84 needs 3–4; annexes and evidence add some). */
  dossierItems: 30,
  initiatives: 10,
  /** Past years' ratings a nomination declares (Huân chương asks 5 years after the prior award). */
  pastRatings: 15,
  /** Disciplines or special leave periods declared on one nominee. */
  factRows: 10,
  contentItems: 30,
  periods: 12,
  commemorations: 30,
  targets: 40,
  responsibilities: 30,
  maxMembers: 100_000,
} as const;
