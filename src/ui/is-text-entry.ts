/**
 * True when a key event's target is somewhere the reader types (a field, a select, editable
 * content): the app's single-key shortcuts and selection keys leave those keys to it.
 */
export function isTextEntry(target: EventTarget | null | undefined): boolean {
  return (
    target instanceof Element &&
    target.closest('input, textarea, select, [contenteditable="true"]') !== null
  );
}
