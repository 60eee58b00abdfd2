/**
 * A tag as an Obsidian tag (`#...`): spaces become '-', characters Obsidian does not allow in tags
 * are dropped (letters of any script, digits, '_', '-' and '/' are kept, so Arabic tags work), and
 * an all-digit tag gets a leading '_' because Obsidian needs one non-digit. Null when nothing
 * usable is left.
 */
export function obsidianTag(tag: string): string | null {
  const slug = tag
    .trim()
    .replace(/\s+/gu, '-')
    .replace(/[^\p{L}\p{M}\p{N}_\-/]/gu, '')
    .replace(/-{2,}/g, '-');
  if (slug === '') return null;
  return /^\p{N}+$/u.test(slug) ? `#_${slug}` : `#${slug}`;
}

/**
 * A tag as a Readwise inline tag (`.tag`, one word: "start a note with a dot followed by a single
 * word"): spaces become '_', anything but letters, marks, digits, '_' and '-' is dropped.
 * Null when nothing usable is left.
 */
export function readwiseTag(tag: string): string | null {
  const slug = tag
    .trim()
    .replace(/\s+/gu, '_')
    .replace(/[^\p{L}\p{M}\p{N}_-]/gu, '')
    .replace(/_{2,}/g, '_');
  return slug === '' ? null : `.${slug}`;
}
