/**
 * FNV-1a (32 bit) of a text's UTF-16 units: tells a text the build checked (or worked on) from
 * another one cheaply. Not a defence against a forger: a file that merely collides is still
 * only what the build itself shipped as the same bytes would be.
 */
export function textFingerprint(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
