import type { ComponentChildren } from 'preact';

type Tone = 'info' | 'ok' | 'warn' | 'error';

/** A message block; errors and confirmations are announced to screen readers as they appear. */
export function Notice({
  tone = 'info',
  title,
  children,
}: {
  tone?: Tone;
  title?: string;
  children?: ComponentChildren;
}) {
  const role = tone === 'error' ? 'alert' : 'status';
  return (
    <div class={`notice notice-${tone}`} role={role}>
      {title ? (
        <p>
          <strong>{title}</strong>
        </p>
      ) : null}
      {children}
    </div>
  );
}
