import type { JSX } from 'preact';

/**
 * What a section of the campaign form reads and changes: values by path (`periods.0.endsOn`),
 * lists, the issue of each field, and the two field makers every section uses. The editor
 * (`campaign-editor.tsx`) builds it; the sections know nothing of loading, saving or publishing.
 */
export interface CampaignFormApi {
  readonly get: (path: string) => unknown;
  readonly set: (path: string, value: unknown) => void;
  readonly list: (path: string) => unknown[];
  readonly addTo: (path: string, item: unknown) => void;
  readonly removeFrom: (path: string, index: number, renumber?: boolean) => void;
  readonly toggleIn: (path: string, value: string, on: boolean) => void;
  readonly issueOf: (path: string) => string | undefined;
  readonly text: (
    path: string,
    label: string,
    opts?: { required?: boolean; max?: number; hint?: string },
  ) => JSX.Element;
  readonly date: (path: string, label: string, required?: boolean) => JSX.Element;
  /** A published campaign is read only. */
  readonly published: boolean;
}
