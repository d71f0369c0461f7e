import * as z from 'zod/mini';
import { CollectiveNomineeSchema } from './collective-nominee';
import { PersonNomineeSchema } from './person-nominee';

/** A nominee is a person or a collective, told apart by `subject` (the vocabulary's `Subject`). */
export const NomineeSchema = z.discriminatedUnion('subject', [PersonNomineeSchema, CollectiveNomineeSchema]);

export type Nominee = z.output<typeof NomineeSchema>;
export type NomineeInput = z.input<typeof NomineeSchema>;
