import { cancelledError, SLICE_MS, yieldToMain } from '../../task/run-in-slices';
import type { TaskProgress } from '../../task/task-progress';
import type { ExportFile } from './export-files';
import { exportLayout } from './export-files';
import { metadataEntries, readMetadataEntry } from './omnivore-metadata';
import type { OmnivoreHighlightsFile } from './omnivore-highlights';
import { parseOmnivoreHighlights } from './omnivore-highlights';
import type {
  OmnivoreArticle,
  OmnivoreExportError,
  OmnivoreLeftOut,
  OmnivoreReadResult,
} from './omnivore-types';
import { MAX_EXPORT_BYTES, MAX_EXPORT_ENTRIES } from './omnivore-types';
import { unpackEntry } from './unpack-entry';
import { isUnsafeEntryName, readZipDirectory } from './zip-directory';

/** An export as the reader hands it over: the downloaded zip, or its folder's files. */
export type OmnivoreSource =
  { kind: 'zip'; bytes: Uint8Array } | { kind: 'files'; files: readonly ExportFile[] };

/** How a read reports and is stopped. */
export interface ReadExportControl {
  /** Aborting it makes the read reject with an AbortError between two articles. */
  signal?: AbortSignal;
  /** Articles read so far, of how many the metadata lists. */
  onProgress?: (progress: TaskProgress<'reading'>) => void;
}

type Files = { ok: true; files: ExportFile[] } | { ok: false; error: OmnivoreExportError };

async function zipFiles(bytes: Uint8Array): Promise<Files> {
  const limits = { maxEntries: MAX_EXPORT_ENTRIES, maxTotalSize: MAX_EXPORT_BYTES };
  const directory = readZipDirectory(bytes, limits);
  if (!directory.ok) return directory;
  // fflate is fetched only when a zip is read: never on the first screen.
  const { inflateSync } = await import('fflate');
  const files = directory.entries
    .filter((entry) => !entry.name.endsWith('/'))
    .map((entry) => ({
      path: entry.name,
      size: entry.size,
      read: () => Promise.resolve(unpackEntry(bytes, entry, inflateSync)),
    }));
  return { ok: true, files };
}

function folderFiles(files: readonly ExportFile[]): Files {
  if (files.length > MAX_EXPORT_ENTRIES) return { ok: false, error: 'too-many-entries' };
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (!(total <= MAX_EXPORT_BYTES)) return { ok: false, error: 'too-large' };
  if (files.some((file) => isUnsafeEntryName(file.path)))
    return { ok: false, error: 'unsafe-path' };
  return { ok: true, files: [...files] };
}

const utf8 = new TextDecoder();

async function readText(file: ExportFile): Promise<string | null> {
  const bytes = await file.read();
  return bytes === null ? null : utf8.decode(bytes);
}

async function readHighlights(file: ExportFile | undefined): Promise<OmnivoreHighlightsFile> {
  const text = file ? await readText(file) : null;
  return text === null ? { highlights: [], articleNotes: [] } : parseOmnivoreHighlights(text);
}

function lost(file: OmnivoreHighlightsFile): number {
  return file.highlights.length + file.articleNotes.length;
}

/**
 * Reads an Omnivore export: the zip as downloaded (its directory is checked against the limits
 * before anything is unpacked: at most 20,000 entries and 200 MB unpacked, no `..` in a name),
 * or the files of its folder (the same limits, from their sizes, before any is read). The
 * articles come in the order of the metadata, each with its content HTML, labels, dates,
 * reading progress, highlights and notes; what is left out says why. Writes nothing. Resolves
 * `{ ok: false, error }` for an export refused whole; rejects only with an AbortError when
 * `control.signal` is aborted. Works in slices, so the page stays responsive.
 */
export async function readOmnivoreExport(
  source: OmnivoreSource,
  { signal, onProgress }: ReadExportControl = {},
): Promise<OmnivoreReadResult> {
  const found = source.kind === 'zip' ? await zipFiles(source.bytes) : folderFiles(source.files);
  if (!found.ok) return found;
  const layout = exportLayout(found.files);
  if (!layout) return { ok: false, error: 'unsafe-path' };
  if (layout.metadata.length === 0) return { ok: false, error: 'not-omnivore' };

  const entries: unknown[] = [];
  for (const file of layout.metadata) {
    const text = await readText(file);
    if (text === null) return { ok: false, error: 'unreadable-metadata' };
    const read = metadataEntries(text);
    if (!read.ok) return read;
    entries.push(...read.entries);
  }
  if (entries.length === 0) return { ok: false, error: 'empty' };

  const articles: OmnivoreArticle[] = [];
  const leftOut: OmnivoreLeftOut[] = [];
  const seen = new Set<string>();
  let sliceEnd = performance.now() + SLICE_MS;
  for (const [index, entry] of entries.entries()) {
    if (signal?.aborted) throw cancelledError();
    if (performance.now() >= sliceEnd) {
      onProgress?.({ phase: 'reading', done: index, total: entries.length });
      await yieldToMain();
      sliceEnd = performance.now() + SLICE_MS;
    }
    const meta = readMetadataEntry(entry);
    if (!meta) {
      leftOut.push({ reason: 'invalid-metadata', slug: null, title: null, highlights: 0 });
      continue;
    }
    const { slug, title } = meta;
    if (seen.has(slug)) {
      leftOut.push({ reason: 'duplicate-article', slug, title, highlights: 0 });
      continue;
    }
    seen.add(slug);
    const notes = await readHighlights(layout.highlights.get(slug));
    const contentFile = layout.content.get(slug);
    if (!contentFile) {
      const reason = layout.pdf.has(slug) ? 'pdf-content' : 'missing-content';
      leftOut.push({ reason, slug, title, highlights: lost(notes) });
      continue;
    }
    const contentHtml = await readText(contentFile);
    if (contentHtml === null || contentHtml.trim() === '') {
      leftOut.push({ reason: 'unreadable-content', slug, title, highlights: lost(notes) });
      continue;
    }
    articles.push({ ...meta, contentHtml, ...notes });
  }
  for (const [slug, file] of layout.highlights) {
    if (seen.has(slug)) continue;
    const notes = await readHighlights(file);
    leftOut.push({
      reason: 'highlights-without-article',
      slug,
      title: null,
      highlights: lost(notes),
    });
  }
  onProgress?.({ phase: 'reading', done: entries.length, total: entries.length });
  return { ok: true, articles, leftOut };
}
