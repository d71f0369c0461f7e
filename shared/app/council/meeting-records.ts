import type { Nomination } from '../../store';
import type { FileOwner } from '../files/owned-files';

/**
 * The council meetings that considered a nomination, oldest first: `records.meetingIds`, written
 * when each meeting opens (`open-meeting.ts`); a nomination recorded before that list existed
 * names only its latest meeting (`records.meetingId`).
 */
export function meetingIdsOf(nomination: Pick<Nomination, 'records'>): string[] {
  const { meetingIds, meetingId } = nomination.records ?? {};
  if (Array.isArray(meetingIds)) return meetingIds.filter((id): id is string => typeof id === 'string');
  return typeof meetingId === 'string' ? [meetingId] : [];
}

/** Where a meeting's signed minutes and tally are kept (`meeting-files.ts`). */
export const meetingOwner = (id: string): FileOwner => ({
  entity: 'meeting_file',
  id,
  storedPrefix: 'meetings',
});

/** The meeting a stored file belongs to, read from its key (`meetings/<meetingId>/<uploadId>`). */
export const meetingOfFileRef = (fileRef: string): string | undefined =>
  /^meetings\/([^/]+)\//.exec(fileRef)?.[1];
