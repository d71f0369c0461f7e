/** What the notifier sends: one message, its exactly-once key and its recipients. */
export interface RenderedMail {
  /** One line; the renderer strips CR/LF. */
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}

export interface OutgoingMail extends RenderedMail {
  /**
   * The exactly-once key: derived from the outbox item (`EVT#<nomination>#<seq>`,
   * `DOC#<document>#UNIT#<unit>`…), so a replayed stream record yields the same key.
   */
  readonly key: string;
  readonly to: readonly string[];
  readonly cc: readonly string[];
}

/** Where links in emails point (the web app's origin, `WEB_ORIGIN`). */
export interface LinkBase {
  readonly webOrigin: string;
}

export const nominationLink = (base: LinkBase, id: string): string =>
  `${base.webOrigin.replace(/\/+$/, '')}/nominations/${encodeURIComponent(id)}`;

export const documentLink = (base: LinkBase, id: string): string =>
  `${base.webOrigin.replace(/\/+$/, '')}/decisions/${encodeURIComponent(id)}`;
