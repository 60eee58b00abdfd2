import type { ShortcutKey } from '../../../src/search/find-shortcut-key';

/** A key press and whether it opens the find bar. */
export interface ShortcutCase {
  name: string;
  event: Partial<ShortcutKey>;
  expected: boolean;
}

export const shortcutCases: ShortcutCase[] = [
  { name: 'Ctrl+F', event: { key: 'f', code: 'KeyF', ctrlKey: true }, expected: true },
  { name: 'Cmd+F', event: { key: 'f', code: 'KeyF', metaKey: true }, expected: true },
  {
    name: 'Ctrl+F with Caps Lock',
    event: { key: 'F', code: 'KeyF', ctrlKey: true },
    expected: true,
  },
  {
    name: 'Ctrl+F on an Arabic layout (the key types ب)',
    event: { key: 'ب', code: 'KeyF', ctrlKey: true },
    expected: true,
  },
  {
    name: 'Ctrl+F on Dvorak (F is where U is on QWERTY)',
    event: { key: 'f', code: 'KeyY', ctrlKey: true },
    expected: true,
  },
  {
    name: 'Ctrl+U on Dvorak (where F is on QWERTY)',
    event: { key: 'u', code: 'KeyF', ctrlKey: true },
    expected: false,
  },
  { name: 'F alone', event: { key: 'f', code: 'KeyF' }, expected: false },
  {
    name: 'Ctrl+Shift+F',
    event: { key: 'F', code: 'KeyF', ctrlKey: true, shiftKey: true },
    expected: false,
  },
  {
    name: 'Ctrl+Alt+F',
    event: { key: 'f', code: 'KeyF', ctrlKey: true, altKey: true },
    expected: false,
  },
  { name: 'Ctrl+G', event: { key: 'g', code: 'KeyG', ctrlKey: true }, expected: false },
  { name: 'Ctrl+Z', event: { key: 'z', code: 'KeyZ', ctrlKey: true }, expected: false },
];
