import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import './modal-dialog.css';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

interface ModalDialogProps {
  title: string;
  /** Escape asks for this; so should the dialog's own Cancel button. */
  onCancel: () => void;
  /** Where focus goes on close; by default the element that had it when the dialog opened. */
  returnFocus?: RefObject<HTMLElement | null>;
  children: ReactNode;
}

/**
 * A modal dialog (`role="dialog"`, `aria-modal`), portalled to `<body>`. jsdom has no
 * `HTMLDialogElement#showModal`, so this does what it would: the rest of the page is made
 * `inert` while open, Tab and Shift+Tab cycle inside, Escape cancels, and focus returns to
 * where it was on close. Focus starts on the dialog itself so its title is read first.
 */
export function ModalDialog({ title, onCancel, returnFocus, children }: ModalDialogProps) {
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const cancelRef = useRef(onCancel);
  useEffect(() => {
    cancelRef.current = onCancel;
  }, [onCancel]);

  useEffect(() => {
    const dialog = dialogRef.current;
    const host = dialog?.parentElement;
    if (!dialog || !host) return;
    const returnTo =
      returnFocus?.current ??
      (document.activeElement instanceof HTMLElement ? document.activeElement : null);
    const madeInert = [...document.body.children].filter(
      (el) => el !== host && !el.hasAttribute('inert'),
    );
    for (const el of madeInert) el.setAttribute('inert', '');
    dialog.focus();

    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        // Captured first, so a drawer's own Escape handler does not also close the drawer.
        e.stopPropagation();
        e.preventDefault();
        cancelRef.current();
        return;
      }
      if (e.key !== 'Tab') return;
      const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
      const first = focusable[0];
      const last = focusable.at(-1);
      if (!first || !last) {
        e.preventDefault();
        return;
      }
      const active = document.activeElement;
      if (e.shiftKey && (active === first || active === dialog)) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && (active === last || !dialog.contains(active))) {
        e.preventDefault();
        first.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => {
      document.removeEventListener('keydown', onKeyDown, true);
      for (const el of madeInert) el.removeAttribute('inert');
      if (returnTo?.isConnected) returnTo.focus();
    };
  }, [returnFocus]);

  return createPortal(
    <div className="modal">
      <div
        ref={dialogRef}
        className="modal__dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
      >
        <h2 id={titleId} className="modal__title">
          {title}
        </h2>
        {children}
      </div>
    </div>,
    document.body,
  );
}
