/** Drafts of the documents the system issues (Nghị định 30/2020/NĐ-CP), as pure data. */
export * from './award-document';
export { documentDate, placeDateLine } from './date-line';
export { authorityName, type Issuer, issuerOf, type OrganisationRecord, shortName, upperVi } from './issuer';
export {
  buildMeetingMinutes,
  type MinutesDocument,
  type MinutesKind,
  type MinutesMeeting,
} from './meeting-minutes';
