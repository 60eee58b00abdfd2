import type { ZipEntry } from './zip-directory';

/** Raw DEFLATE decompression into a buffer of known size (fflate's `inflateSync` fits). */
export type Inflate = (data: Uint8Array, options: { out: Uint8Array }) => Uint8Array;

const LOCAL_HEADER = 0x04034b50;

/**
 * The bytes of one entry of a zip archive, never more than the entry declares in the central
 * directory (a deflate stream that would unpack to more is cut at the declared size, so a lying
 * entry cannot outgrow the limits checked from the directory). Null when the entry cannot be
 * read: encrypted, an unknown compression method, a local header out of place, corrupt data.
 */
export function unpackEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  inflate: Inflate,
): Uint8Array | null {
  if (entry.encrypted || (entry.method !== 0 && entry.method !== 8)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LOCAL_HEADER) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.byteLength) return null;
  const data = bytes.subarray(start, end);
  if (entry.method === 0) return data.subarray(0, entry.size);
  try {
    return inflate(data, { out: new Uint8Array(entry.size) });
  } catch {
    return null;
  }
}
