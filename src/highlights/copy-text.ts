/**
 * Puts plain text on the clipboard. Resolves false (never rejects) when the browser refuses,
 * e.g. without a user gesture or permission.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
