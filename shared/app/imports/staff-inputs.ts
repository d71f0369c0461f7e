/** The body of the staff import routes. */
import type * as z from 'zod/mini';
import { STAFF_FIELDS } from '../../domain/imports/staff-import';
import { sheetImportSchema } from './sheet-inputs';

export const StaffImportSchema = sheetImportSchema(STAFF_FIELDS);
export type StaffImportInput = z.output<typeof StaffImportSchema>;
