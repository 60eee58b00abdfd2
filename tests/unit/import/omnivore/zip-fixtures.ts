import { zipSync } from 'fflate';

const encoder = new TextEncoder();

/** A zip of `files` (name → text or bytes), deflated as Omnivore's export was. */
export function zipOf(files: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(
    Object.fromEntries(
      Object.entries(files).map(([name, body]) => [
        name,
        typeof body === 'string' ? encoder.encode(body) : body,
      ]),
    ),
    { level: 6 },
  );
}

function endRecord(zip: Uint8Array): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = zip.byteLength - 22; at >= 0; at--) {
    if (view.getUint32(at, true) === 0x06054b50) return at;
  }
  throw new Error('no end record');
}

/** `zip` with its end record declaring `count` entries (its directory unchanged). */
export function withDeclaredCount(zip: Uint8Array, count: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  const eocd = endRecord(copy);
  view.setUint16(eocd + 8, Math.min(count, 0xfffe), true);
  view.setUint16(eocd + 10, Math.min(count, 0xfffe), true);
  return copy;
}

/** `zip` with the central directory's unpacked size of entry `index` set to `size`. */
export function withDeclaredSize(zip: Uint8Array, index: number, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  let at = view.getUint32(endRecord(copy) + 16, true);
  for (let i = 0; i < index; i++) {
    const lengths = [28, 30, 32].map((field) => view.getUint16(at + field, true));
    at += 46 + lengths.reduce((sum, length) => sum + length, 0);
  }
  view.setUint32(at + 24, size, true);
  return copy;
}

/** `zip` rewritten with a ZIP64 end record (its classic end record saturated, as big zips have). */
export function asZip64(zip: Uint8Array): Uint8Array {
  const eocd = endRecord(zip);
  const old = new DataView(zip.buffer, zip.byteOffset + eocd, 22);
  const count = old.getUint16(10, true);
  const size = old.getUint32(12, true);
  const offset = old.getUint32(16, true);
  const out = new Uint8Array(eocd + 56 + 20 + 22);
  out.set(zip.subarray(0, eocd));
  const view = new DataView(out.buffer);
  view.setUint32(eocd, 0x06064b50, true);
  view.setBigUint64(eocd + 4, 44n, true);
  view.setBigUint64(eocd + 24, BigInt(count), true);
  view.setBigUint64(eocd + 32, BigInt(count), true);
  view.setBigUint64(eocd + 40, BigInt(size), true);
  view.setBigUint64(eocd + 48, BigInt(offset), true);
  const locator = eocd + 56;
  view.setUint32(locator, 0x07064b50, true);
  view.setBigUint64(locator + 8, BigInt(eocd), true);
  view.setUint32(locator + 16, 1, true);
  const end = locator + 20;
  view.setUint32(end, 0x06054b50, true);
  view.setUint16(end + 8, 0xffff, true);
  view.setUint16(end + 10, 0xffff, true);
  view.setUint32(end + 12, 0xffffffff, true);
  view.setUint32(end + 16, 0xffffffff, true);
  return out;
}
