import { checkFile } from './check-article-input';
import type { DecodedText } from './decode-article-bytes';
import { decodeArticleBytes } from './decode-article-bytes';
import { extractArticle } from './extract-article';
import type { ExtractResult } from './extracted-article';

/** An extraction from a file, with the encoding its bytes were read in. */
export type FileExtractResult =
  | (Extract<ExtractResult, { ok: true }> & { encoding: DecodedText['encoding'] })
  | Extract<ExtractResult, { ok: false }>;

/**
 * Reads a chosen or dropped file into an article: refuses it by size and type before reading
 * a byte (see {@link checkFile}), then reads it whole, decodes it (see
 * {@link decodeArticleBytes}; `encoding-guessed` is added to the notices when its encoding was
 * a guess) and extracts it (see {@link extractArticle}).
 * @param file a `File` from an input or a drop
 * @param today ISO `YYYY-MM-DD`, passed to {@link extractArticle}
 * @throws only what `file.arrayBuffer()` throws (the file vanished or cannot be read)
 */
export async function readArticleFile(file: File, today?: string): Promise<FileExtractResult> {
  const check = checkFile(file);
  if (!check.ok) return check;
  const { text, encoding, guessed } = decodeArticleBytes(
    new Uint8Array(await file.arrayBuffer()),
    check.value,
  );
  const input = { kind: 'file', name: file.name, type: file.type, text } as const;
  const result = await extractArticle(input, today);
  if (!result.ok) return result;
  const notices = guessed ? [...result.notices, 'encoding-guessed' as const] : result.notices;
  return { ...result, notices, encoding };
}
