/** One entry of a zip's central directory, as declared (nothing is unpacked to read it). */
export interface ZipEntry {
  /** The entry's path inside the archive, `/`-separated. */
  name: string;
  /** 0 stored, 8 deflated; anything else cannot be read. */
  method: number;
  /** True when the entry is encrypted (general purpose flag bit 0). */
  encrypted: boolean;
  /** Bytes stored in the archive. */
  compressedSize: number;
  /** Bytes the entry declares it unpacks to. */
  size: number;
  /** Byte offset of the entry's local header in the archive. */
  localOffset: number;
}

/** Why an archive is refused before anything in it is unpacked; the UI translates the code. */
export type ZipRefusal =
  | 'not-zip' // no end-of-central-directory record, or a directory that runs off the file
  | 'too-many-entries' // more than the entry limit
  | 'too-large' // declared unpacked sizes add up past the byte limit
  | 'unsafe-path'; // an entry name that climbs out (`..`), is absolute, or names a drive

/** What an archive may hold before it is refused: counted from its directory alone. */
export interface ZipLimits {
  maxEntries: number;
  /** Sum of the entries' declared unpacked sizes, in bytes. */
  maxTotalSize: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const MAX_COMMENT = 0xffff;

/** True when `name` would land outside the folder it is unpacked into. */
export function isUnsafeEntryName(name: string): boolean {
  if (name.startsWith('/') || name.startsWith('\\') || /^[a-z]:/i.test(name)) return true;
  return name.split(/[/\\]/).some((segment) => segment === '..');
}

function findEndRecord(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}

/** The 64-bit count, size and offset of a ZIP64 archive's directory, or null when absent. */
function zip64End(view: DataView, eocd: number) {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return null;
  const record = Number(view.getBigUint64(locator + 8, true));
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD) return null;
  return {
    count: Number(view.getBigUint64(record + 32, true)),
    offset: Number(view.getBigUint64(record + 48, true)),
  };
}

/** Sizes and offset a ZIP64 extra field gives for the fields saturated at 0xFFFFFFFF. */
function readZip64Extra(view: DataView, start: number, end: number, entry: ZipEntry): void {
  for (let at = start; at + 4 <= end;) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const next = () => {
        const value = field + 8 <= at + 4 + length ? Number(view.getBigUint64(field, true)) : NaN;
        field += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localOffset === 0xffffffff) entry.localOffset = next();
      return;
    }
    at += 4 + length;
  }
}

/**
 * Reads a zip archive's central directory, and refuses the archive from it alone (before any
 * entry is unpacked): more entries than `limits.maxEntries`, declared unpacked sizes adding up
 * past `limits.maxTotalSize`, or an entry name that climbs out of its folder. Names are read as
 * UTF-8. Declared sizes are what an unpacker must hold to (see `unpackEntry`). Never throws.
 */
export function readZipDirectory(
  bytes: Uint8Array,
  limits: ZipLimits,
): { ok: true; entries: ZipEntry[] } | { ok: false; error: ZipRefusal } {
  if (bytes.byteLength < 22) return { ok: false, error: 'not-zip' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndRecord(view);
  if (eocd < 0) return { ok: false, error: 'not-zip' };
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) {
    const big = zip64End(view, eocd);
    if (!big) return { ok: false, error: 'not-zip' };
    count = big.count;
    offset = big.offset;
  }
  // The count alone decides, before a single directory record is read.
  if (count > limits.maxEntries) return { ok: false, error: 'too-many-entries' };
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let total = 0;
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_HEADER) {
      return { ok: false, error: 'not-zip' };
    }
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd + extraLength > view.byteLength) return { ok: false, error: 'not-zip' };
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(at + 46, nameEnd)),
      method: view.getUint16(at + 10, true),
      encrypted: (view.getUint16(at + 8, true) & 1) === 1,
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    };
    readZip64Extra(view, nameEnd, nameEnd + extraLength, entry);
    if (isUnsafeEntryName(entry.name)) return { ok: false, error: 'unsafe-path' };
    total += entry.size;
    if (!(total <= limits.maxTotalSize)) return { ok: false, error: 'too-large' };
    entries.push(entry);
    at = nameEnd + extraLength + commentLength;
  }
  return { ok: true, entries };
}
