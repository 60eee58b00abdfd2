/** The parts of a keyboard event the find shortcut looks at. */
export interface ShortcutKey {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/**
 * True for Ctrl+F or Cmd+F (no Alt, no Shift). The letter is read from `key` when the layout
 * types Latin letters (so Dvorak or AZERTY users press their own F), and from the physical
 * key otherwise: on an Arabic layout that key types «ب», and browsers still treat it as F.
 */
export function isFindShortcut(e: ShortcutKey): boolean {
  if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return false;
  if (/^[a-z]$/i.test(e.key)) return e.key.toLowerCase() === 'f';
  return e.code === 'KeyF';
}
