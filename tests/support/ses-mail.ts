/** Mail SES local holds, read back by tests (the integration and e2e stacks each pass their endpoint). */

export interface StoredMail {
  readonly destination: { readonly to: string[] };
  readonly subject: string;
  readonly body: { readonly html?: string; readonly text?: string };
}

/** Every mail SES local at `endpoint` holds for `to`, oldest first. */
export async function mailsTo(endpoint: string, to: string): Promise<StoredMail[]> {
  const res = await fetch(`${endpoint}/store`);
  const { emails } = (await res.json()) as { emails: StoredMail[] };
  return emails.filter((e) => e.destination.to.includes(to));
}

/** The temporary password or code in a Cognito mail: the text after `label`, unescaped. */
export function valueAfter(mail: StoredMail, label: string): string {
  const html = mail.body.html ?? '';
  const match = new RegExp(`${label}\\s*([^<\\s]+)`).exec(html);
  if (!match?.[1]) throw new Error(`no "${label}" in ${html}`);
  return match[1]
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/\.$/, '');
}
