import type { AnnotationRecord } from '../export/record-contract';

/**
 * Bytes per record besides its strings: the key and index entries (id, documentId, times), the
 * serialisation's tags and lengths, the database's own bookkeeping. Generous on purpose: a
 * refusal when a file would just fit is better than a write the browser stops half-way (which
 * still writes nothing, but only after the reader has waited for it).
 */
const RECORD_OVERHEAD_BYTES = 600;

/**
 * About how many bytes the browser needs to store `records`: their strings at two bytes per
 * UTF-16 code unit (Arabic text is stored that way) plus a fixed overhead each. An estimate
 * for comparing with the free quota, not an exact figure.
 */
export function estimateStoredBytes(records: readonly AnnotationRecord[]): number {
  let units = 0;
  for (const r of records) {
    // A document-level note has no quote.
    const { exact, prefix, suffix } = r.target?.quote ?? { exact: '', prefix: '', suffix: '' };
    units += r.id.length + r.documentId.length + exact.length + prefix.length + suffix.length;
    units += r.note.length + r.color.length + r.created.length + r.modified.length;
    for (const tag of r.tags) units += tag.length;
  }
  return units * 2 + records.length * RECORD_OVERHEAD_BYTES;
}

/** What `navigator.storage.estimate()` resolves with (either may be missing). */
export interface QuotaEstimate {
  quota?: number;
  usage?: number;
}

/** Bytes an import needs and bytes the browser has free for this site. */
export interface QuotaShortfall {
  needed: number;
  available: number;
}

/**
 * Whether `needed` bytes fit in what `estimate` leaves free: null when they do, or when the
 * browser does not say (then the write is tried, and a full disk still writes nothing).
 */
export function quotaShortfall(needed: number, estimate: QuotaEstimate): QuotaShortfall | null {
  const { quota, usage } = estimate;
  if (typeof quota !== 'number' || typeof usage !== 'number') return null;
  if (!Number.isFinite(quota) || !Number.isFinite(usage)) return null;
  const available = Math.max(0, quota - usage);
  return needed > available ? { needed, available } : null;
}

/** Thrown when an import would not fit in the free storage: nothing was written. */
export class QuotaRefusal extends Error {
  override readonly name = 'QuotaRefusal';
  readonly shortfall: QuotaShortfall;

  constructor(shortfall: QuotaShortfall) {
    super(`an import of about ${shortfall.needed} bytes, ${shortfall.available} free`);
    this.shortfall = shortfall;
  }
}
