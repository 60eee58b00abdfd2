import { reveal } from '../ui/reveal';

/** The element a highlight can be focused by: the mark where it starts. */
export function highlightElement(root: ParentNode, id: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`mark[data-starts~="${CSS.escape(id)}"]`);
}

/** Scrolls a highlight into view, focuses and flashes it. False when it is not in the page. */
export function focusHighlight(root: ParentNode, id: string): boolean {
  const mark = highlightElement(root, id);
  if (mark) reveal(mark);
  return mark !== null;
}
