import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * A modal `<dialog>`: the browser traps focus, Esc closes it, and focus returns where it was.
 * `open` drives it, so the parent decides when a confirmation is asked.
 */
export function Dialog({
  open,
  title,
  onClose,
  dismissable = true,
  children,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  /** False: Esc does not close it (the session dialog must be answered). */
  dismissable?: boolean;
  children: ComponentChildren;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby="dialog-title"
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        if (dismissable) onClose();
      }}
    >
      {open ? (
        <>
          <h2 id="dialog-title">{title}</h2>
          {children}
        </>
      ) : null}
    </dialog>
  );
}
