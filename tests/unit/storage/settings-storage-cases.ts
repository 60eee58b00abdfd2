/** Values a setting may hold, each with a guard that accepts it; all must survive a round trip. */
export const roundTripCases: [name: string, value: unknown, guard: (v: unknown) => boolean][] = [
  ['a UI language', 'ar', (v) => v === 'ar' || v === 'en'],
  ['reading settings', { textSize: 3, theme: 'dark', lineSpacing: 'relaxed' }, isObject],
  ['a reading position', { blockId: 'b7', offset: 1234 }, isObject],
  ['Arabic text', 'منظمة معاهدة الأمن الجماعي', (v) => typeof v === 'string'],
  ['a boolean', false, (v) => typeof v === 'boolean'],
  ['zero', 0, (v) => typeof v === 'number'],
  ['an empty list', [], Array.isArray],
];

/** Stored texts that must read back as null, whatever guard is used. */
export const unreadableCases: [name: string, stored: string][] = [
  ['not JSON', '{"textSize":'],
  ['a bare word', 'dark'],
  ['empty text', ''],
];

function isObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
