import { isUnsafeEntryName } from './zip-directory';

/** One file of an export: a zip entry, or a file of the export's folder chosen in the browser. */
export interface ExportFile {
  /** Its path in the export, `/`-separated (a folder's files: `webkitRelativePath`). */
  path: string;
  /** Its (declared) size in bytes, known before it is read. */
  size: number;
  /** Its bytes; null when they cannot be read (a damaged entry). */
  read(): Promise<Uint8Array | null>;
}

/** Where an export keeps each thing, by file. */
export interface ExportLayout {
  /** The `metadata_<from>_to_<to>.json` files, in the order Omnivore wrote them. */
  metadata: ExportFile[];
  /** Content files by slug: `content/<slug>.html` (or `.pdf`). */
  content: Map<string, ExportFile>;
  pdf: Set<string>;
  /** Highlights files by slug: `highlights/<slug>.md`. */
  highlights: Map<string, ExportFile>;
}

// Omnivore named them metadata_0_to_20.json, metadata_20_to_40.json…; a bare metadata.json too.
const METADATA = /^metadata(?:_(\d+)_to_\d+)?\.json$/i;

function splitPath(path: string): { folder: string; name: string } {
  const parts = path.split('/');
  const name = parts.pop() ?? '';
  return { folder: parts.at(-1) ?? '', name };
}

function order(file: ExportFile): number {
  return Number(METADATA.exec(splitPath(file.path).name)?.[1] ?? 0);
}

/** Keeps `file` under `key` unless one in its proper folder is already there. */
function put(map: Map<string, ExportFile>, key: string, file: ExportFile, inFolder: boolean) {
  if (!map.has(key) || inFolder) map.set(key, file);
}

/**
 * Sorts an export's files by what they hold. The export may sit in a folder of its own (a
 * re-zipped or chosen folder); files are known by name: `<slug>.html` in `content/` (or, when
 * the files were chosen one by one, anywhere), `<slug>.md` in `highlights/`. Other files
 * (images, PDFs' pages) are never read. Null when an entry climbs out of the export (`..`).
 */
export function exportLayout(files: readonly ExportFile[]): ExportLayout | null {
  const layout: ExportLayout = {
    metadata: [],
    content: new Map(),
    pdf: new Set(),
    highlights: new Map(),
  };
  for (const file of files) {
    if (isUnsafeEntryName(file.path)) return null;
    const { folder, name } = splitPath(file.path.replace(/\\/g, '/'));
    if (METADATA.test(name)) layout.metadata.push(file);
    const html = /^(.+)\.html?$/i.exec(name)?.[1];
    if (html) put(layout.content, html, file, folder === 'content');
    const pdf = /^(.+)\.pdf$/i.exec(name)?.[1];
    if (pdf) layout.pdf.add(pdf);
    const md = /^(.+)\.md$/i.exec(name)?.[1];
    if (md) put(layout.highlights, md, file, folder === 'highlights');
  }
  layout.metadata.sort((a, b) => order(a) - order(b));
  return layout;
}
