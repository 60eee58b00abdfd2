import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

/** Renders its children into the header's reader-tools slot (when it exists). */
export function HeaderSlot({
  target,
  children,
}: {
  target: HTMLElement | null;
  children: ReactNode;
}) {
  return target ? createPortal(children, target) : null;
}
