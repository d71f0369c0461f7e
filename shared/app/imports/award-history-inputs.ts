/** The body of the award-history import routes. */
import type * as z from 'zod/mini';
import { AWARD_HISTORY_FIELDS } from '../../domain/imports/award-history-import';
import { sheetImportSchema } from './sheet-inputs';

export const AwardHistoryImportSchema = sheetImportSchema(AWARD_HISTORY_FIELDS);
export type AwardHistoryImportInput = z.output<typeof AwardHistoryImportSchema>;
