/**
 * The lazily loaded half of "Tải dự thảo (.docx)": the document model and the .docx writer, in a
 * chunk of their own so neither weighs on the first screen.
 */
import {
  buildAwardDocument,
  issuerOf,
  type OrganisationRecord,
  type RecordedDocument,
} from '../../../../shared/domain/documents';
import { awardDocxBlob } from './award-docx';

export interface DraftInput {
  readonly document: RecordedDocument;
  readonly organisation: OrganisationRecord;
  readonly provinceName: string;
}

/** The draft's file name and bytes. */
export async function draftDocx(input: DraftInput): Promise<{ fileName: string; blob: Blob }> {
  const model = buildAwardDocument(input.document, issuerOf(input.organisation, input.provinceName));
  return { fileName: model.fileName, blob: await awardDocxBlob(model) };
}
