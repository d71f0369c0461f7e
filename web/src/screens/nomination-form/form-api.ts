import type { NominationDraftInput } from '../../../../shared/domain/forms';

/** What every section of the nomination form gets: the values, a setter by path, and errors by path. */
export interface FormApi {
  readonly values: DraftValues;
  set(path: string, value: unknown): void;
  error(path: string): string | undefined;
  readonly disabled: boolean;
}

/** The draft as typed so far: the schema's input type, with anything possibly still missing. */
export type DraftValues = Omit<Partial<NominationDraftInput>, 'nominee'> & {
  nominee?: Record<string, unknown>;
};
