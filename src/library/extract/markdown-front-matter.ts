/** Fields a Markdown file's front matter may name, as plain strings. */
export interface FrontMatter {
  title?: string;
  author?: string;
  date?: string;
  url?: string;
}

/** A YAML front matter block: `---` on the first line, closed by `---` or `...`. */
const BLOCK = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/u;
/** `key: value` with an optional pair of quotes around the value; nested YAML is ignored. */
const FIELD = /^([A-Za-z_]+)[ \t]*:[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^\n]*))$/gmu;
const KEYS: Record<string, keyof FrontMatter> = {
  title: 'title',
  author: 'author',
  date: 'date',
  published: 'date',
  url: 'url',
  source: 'url',
  canonical_url: 'url',
};

/**
 * Splits YAML front matter (as Jekyll, Hugo and Obsidian write it) off a Markdown text and
 * reads its top-level `title`, `author`, `date`/`published` and `url`/`source` string fields.
 * Only those simple lines are read: no YAML parser is loaded for four fields.
 * @param markdown text with LF line breaks
 * @returns the fields found and the Markdown after the block (the whole text when there is none)
 */
export function splitFrontMatter(markdown: string): { fields: FrontMatter; body: string } {
  const match = BLOCK.exec(markdown);
  if (!match) return { fields: {}, body: markdown };
  const fields: FrontMatter = {};
  for (const m of (match[1] ?? '').matchAll(FIELD)) {
    const key = KEYS[(m[1] ?? '').toLowerCase()];
    const value = (m[2] ?? m[3] ?? m[4] ?? '').trim();
    if (key && value && fields[key] === undefined) fields[key] = value;
  }
  return { fields, body: markdown.slice(match[0].length) };
}
