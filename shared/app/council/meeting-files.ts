/**
 * A closed meeting's signed records: the biên bản họp and the biên bản kiểm phiếu, drafted from
 * the meeting (`domain/documents/meeting-minutes.ts`), signed on paper by the chair and the
 * secretary, then scanned (or signed digitally) and kept with the meeting (`owned-files.ts`).
 * The convener of the council attaches them; whoever may read the meeting fetches them, and each
 * nomination on its agenda shows them in its dossier (`files/dossier-files.ts`), so the province's
 * appraisal reads the Sở council's minutes with the dossier it was sent.
 */
import type { MeetingFileKind } from '../../domain/dossier-kinds';
import { ConflictError, ForbiddenError } from '../../domain/errors';
import type { CouncilRepository, Meeting } from '../../store';
import {
  currentPerKind,
  type FilePorts,
  filesOf,
  findFile,
  linkFor,
  presignUploadFor,
  recordUploadFor,
} from '../files/owned-files';
import type { Principal } from '../principal';
import { type CouncilLevelSpec, DEPARTMENT_COUNCIL } from './council-level';
import { loadMeeting } from './load-meeting';
import { meetingOwner } from './meeting-records';

/** Only one meeting read: the routes' function holds no council repository (bundle size). */
type Ports = FilePorts & { readonly councils: Pick<CouncilRepository, 'getMeeting'> };

/** Only the convener attaches, and only once the meeting is closed: the minutes record its result. */
async function loadForAttaching(
  ports: Pick<Ports, 'councils'>,
  principal: Principal,
  id: string,
  spec: CouncilLevelSpec,
): Promise<Meeting> {
  const meeting = await loadMeeting(ports.councils, principal, id, spec);
  if (!principal.roles.includes(spec.convenerRole))
    throw new ForbiddenError(
      'NOT_CONVENER',
      'Chỉ cơ quan thường trực của Hội đồng lưu biên bản của phiên họp.',
    );
  if (meeting.status !== 'closed')
    throw new ConflictError(
      'MEETING_NOT_CLOSED',
      'Phiên họp chưa kết thúc; biên bản được lưu sau khi kiểm phiếu.',
      { meetingId: id },
    );
  return meeting;
}

export interface MeetingUploadRequest {
  readonly kind: MeetingFileKind;
  readonly fileName: string;
  readonly contentType: string;
  readonly size: number;
}

export const makeRequestMeetingUpload =
  (ports: Ports, spec: CouncilLevelSpec = DEPARTMENT_COUNCIL) =>
  async (principal: Principal, id: string, input: MeetingUploadRequest) => {
    await loadForAttaching(ports, principal, id, spec);
    return presignUploadFor(ports, meetingOwner(id), input);
  };

export const makeRecordMeetingFile =
  (ports: Ports, spec: CouncilLevelSpec = DEPARTMENT_COUNCIL) =>
  async (
    principal: Principal,
    id: string,
    input: { readonly uploadId: string; readonly kind: MeetingFileKind; readonly fileName: string },
  ) => {
    const meeting = await loadForAttaching(ports, principal, id, spec);
    return recordUploadFor(ports, principal, meetingOwner(id), input, {
      agenda: meeting.agenda.map((item) => item.nominationId),
      councilOrganisationId: meeting.organisationId,
    });
  };

/** The records kept, oldest first; per kind, the last is the one in force (`current`). */
export const meetingFiles = async (ports: Pick<FilePorts, 'changeLog'>, meetingId: string) =>
  currentPerKind(await filesOf(ports, meetingOwner(meetingId)));

export const makeListMeetingFiles =
  (ports: Pick<Ports, 'councils' | 'changeLog'>, spec: CouncilLevelSpec = DEPARTMENT_COUNCIL) =>
  async (principal: Principal, id: string) => {
    await loadMeeting(ports.councils, principal, id, spec);
    return { items: await meetingFiles(ports, id) };
  };

export const makeMeetingFileLink =
  (ports: Ports, spec: CouncilLevelSpec = DEPARTMENT_COUNCIL) =>
  async (principal: Principal, id: string, fileId: string, options: { readonly inline: boolean }) => {
    await loadMeeting(ports.councils, principal, id, spec);
    const file = findFile(await filesOf(ports, meetingOwner(id)), fileId);
    return linkFor(ports, principal, meetingOwner(id), file, options);
  };
