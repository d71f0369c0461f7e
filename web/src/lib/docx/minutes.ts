/**
 * The lazily loaded half of "Tải biên bản họp / kiểm phiếu (.docx)": the records' model and the
 * .docx writer, in a chunk of their own so neither weighs on the first screen.
 */
import {
  buildMeetingMinutes,
  issuerOf,
  type MinutesKind,
  type MinutesMeeting,
  type OrganisationRecord,
} from '../../../../shared/domain/documents';
import { minutesDocxBlob } from './minutes-docx';

export async function minutesDocx(input: {
  readonly meeting: MinutesMeeting;
  readonly organisation: OrganisationRecord;
  readonly provinceName: string;
  readonly kind: MinutesKind;
  readonly secretaryName?: string | undefined;
}): Promise<{ fileName: string; blob: Blob }> {
  const model = buildMeetingMinutes(
    input.meeting,
    issuerOf(input.organisation, input.provinceName),
    input.kind,
    input.secretaryName,
  );
  return { fileName: model.fileName, blob: await minutesDocxBlob(model) };
}
