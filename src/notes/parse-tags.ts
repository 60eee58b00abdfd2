/**
 * Tags typed in one box: separated by commas (Latin , or Arabic ،) or semicolons (; ؛),
 * trimmed, empty ones dropped, duplicates removed (first kept). A leading # is dropped.
 */
export function parseTags(input: string): string[] {
  const tags = input
    .split(/[,،;؛\n]/u)
    .map((tag) => tag.trim().replace(/^#+/u, '').trim())
    .filter(Boolean);
  return [...new Set(tags)];
}
