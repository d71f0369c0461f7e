import { headerText, html, plainLine, type SafeHtml } from '../html';
import type { RenderedMail } from '../message';

const FOOTER =
  'Thư này được gửi tự động từ Hệ thống quản lý hồ sơ thi đua, khen thưởng. Vui lòng không trả lời thư này.';

/**
 * The frame every email shares: a heading, the body, the reference key (quoted when someone asks
 * "did this really come from the system?") and the no-reply notice. Text bodies mirror the HTML.
 */
export function layout(input: {
  readonly subject: string;
  readonly heading: string;
  readonly body: SafeHtml;
  readonly text: readonly string[];
  readonly reference: string;
}): RenderedMail {
  const subject = headerText(input.subject);
  const page = html`<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${subject}</title></head>
<body style="font-family: 'Times New Roman', serif; font-size: 15px; color: #111; line-height: 1.5">
<h2 style="font-size: 18px; margin: 0 0 12px">${input.heading}</h2>
${input.body}
<p style="color: #666; font-size: 12px; margin-top: 24px">${FOOTER}<br>Mã thư: ${input.reference}</p>
</body></html>`;
  const text = [
    plainLine(input.heading),
    '',
    ...input.text,
    '',
    '--',
    FOOTER,
    `Mã thư: ${plainLine(input.reference)}`,
  ].join('\n');
  return { subject, html: page.value, text };
}
