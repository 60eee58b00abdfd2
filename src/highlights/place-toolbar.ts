/** Where to put the toolbar, as logical offsets from the viewport's block-start and inline-start edges (px). */
export interface ToolbarPlacement {
  blockStart: number;
  inlineStart: number;
}

interface Viewport {
  width: number;
  height: number;
  /** Pixels at the top covered by a sticky header. */
  topInset: number;
  direction: 'ltr' | 'rtl';
}

const GAP = 8;
const MARGIN = 8;

type Box = Pick<DOMRect, 'left' | 'right' | 'top' | 'bottom' | 'width' | 'height'>;

/**
 * Places a toolbar above the selection's first line, or below its last line when there is no
 * room above, centred on that line and kept inside the viewport. Pure; physical rects in,
 * logical offsets out, so the caller can use `inset-inline-start` in either direction.
 */
export function placeToolbar(
  first: Box,
  last: Box,
  toolbar: Box,
  viewport: Viewport,
): ToolbarPlacement {
  const above = first.top - GAP - toolbar.height;
  const fitsAbove = above >= viewport.topInset + MARGIN;
  const line = fitsAbove ? first : last;
  const top = fitsAbove
    ? above
    : Math.min(last.bottom + GAP, viewport.height - toolbar.height - MARGIN);
  const centre = line.left + line.width / 2;
  const maxLeft = Math.max(MARGIN, viewport.width - toolbar.width - MARGIN);
  const left = Math.min(Math.max(centre - toolbar.width / 2, MARGIN), maxLeft);
  const inlineStart = viewport.direction === 'rtl' ? viewport.width - left - toolbar.width : left;
  return { blockStart: Math.max(top, MARGIN), inlineStart };
}
