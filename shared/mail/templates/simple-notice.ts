import { html, plainLine } from '../html';
import type { RenderedMail } from '../message';
import { layout } from './layout';

/** One line of a list in a notice, with an optional link. */
export interface NoticeLine {
  readonly text: string;
  readonly href?: string;
}

/**
 * A short notice: a greeting, paragraphs and a list of lines (agenda items, overdue dossiers…).
 * Used by meeting invitations and the reminders, whose wording is given by the caller.
 */
export function renderSimpleNotice(input: {
  readonly subject: string;
  readonly heading: string;
  readonly greeting: string;
  readonly paragraphs: readonly string[];
  readonly lines: readonly NoticeLine[];
  readonly reference: string;
}): RenderedMail {
  const body = html`<p>${input.greeting}</p>
${input.paragraphs.map((p) => html`<p>${p}</p>`)}
${
  input.lines.length > 0
    ? html`<ol>${input.lines.map((line) => (line.href ? html`<li><a href="${line.href}">${line.text}</a></li>` : html`<li>${line.text}</li>`))}</ol>`
    : ''
}`;
  const text = [
    plainLine(input.greeting),
    '',
    ...input.paragraphs.map(plainLine),
    ...(input.lines.length > 0 ? [''] : []),
    ...input.lines.map((line, i) => `${i + 1}. ${plainLine(line.text)}${line.href ? ` - ${line.href}` : ''}`),
  ];
  return layout({ subject: input.subject, heading: input.heading, body, text, reference: input.reference });
}
