import { z } from 'zod';
import { createAnchorer } from '../anchoring/anchor';
import type { AnnotationTarget } from '../anchoring/selectors';
import { BLOCK_KINDS, BLOCK_SEPARATOR } from '../document/article-document';
import type { AnnotationRecord, PassageRecord } from '../storage/annotation-record';
import {
  hasPassage,
  HIGHLIGHT_COLORS,
  isIsoTimestamp,
  isUuid,
  MAX_NOTE_LENGTH,
} from '../storage/annotation-record';
import { MAX_EVENT_TITLE_LENGTH } from '../storage/timeline-event-record';
import type { DismissedProposal, TimelineEventRecord } from '../storage/timeline-event-record';
import type { BackupDocument, UnanchoredInBackup } from './library-backup-format';
import {
  BACKUP_DELETED,
  BACKUP_DOCUMENT,
  BACKUP_FORMAT,
  BACKUP_VERSION,
} from './library-backup-format';

/**
 * Why a file is refused, before anything is written: `invalid-json` (not JSON, or cut short),
 * `not-ours` (no `format` of ours), `future-version` (written by a later version of the app),
 * `invalid` (ours and of this version, but malformed).
 */
export type BackupRefusal = 'invalid-json' | 'not-ours' | 'future-version' | 'invalid';

/** A backup read back: documents as written, annotations as records again. */
export interface ParsedBackup {
  exported: string;
  documents: BackupDocument[];
  annotations: AnnotationRecord[];
  /** Timeline events as stored (none in a version 1 file). */
  events: TimelineEventRecord[];
  /** Dismissed proposals (none in a version 1 file). */
  dismissed: DismissedProposal[];
  positions: Record<string, { blockId: string; offset: number; fraction: number }>;
  /**
   * Annotations and events whose quote is not found in their document's text: kept, and
   * listed here so the reader is told they will be Unanchored. Bundled documents are checked when their text
   * is given.
   */
  unanchored: UnanchoredInBackup[];
}

/** A parsed backup, or why not; `detail` is for developers, never shown. */
export type ParseBackupResult =
  { ok: true; backup: ParsedBackup } | { ok: false; code: BackupRefusal; detail?: string };

const iso = z.string().refine(isIsoTimestamp);
const offset = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

const metaSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  source: z.string(),
  siteName: z.string().nullable(),
  author: z.string().nullable(),
  published: z.object({ value: z.string(), guessed: z.boolean() }).nullable(),
  added: iso,
  modified: iso,
  shortName: z.string(),
  builtIn: z.boolean(),
  language: z.string(),
  direction: z.enum(['rtl', 'ltr']),
  translations: z.record(
    z.string(),
    z.object({ title: z.string(), siteName: z.string().nullable() }),
  ),
  tags: z.array(z.string()).optional(),
});

const blockSchema = z.object({
  id: z.string(),
  kind: z.enum(BLOCK_KINDS),
  text: z.string(),
  start: offset,
  end: offset,
  line: z.number().int(),
});

const documentSchema = z.object({
  id: z.string().min(1),
  source: z.string().min(1),
  meta: metaSchema.nullable(),
  added: iso.nullable(),
  lastOpened: iso.nullable(),
  deleted: iso.nullable(),
  hidden: z.boolean(),
  text: z.string().nullable(),
  blocks: z.array(blockSchema).nullable(),
});

const bodySchema = z.union([
  z.object({ type: z.literal('TextualBody'), purpose: z.literal('commenting'), value: z.string() }),
  z.object({ type: z.literal('TextualBody'), purpose: z.literal('tagging'), value: z.string() }),
]);

const selectorSchema = z.union([
  z.object({
    type: z.literal('TextQuoteSelector'),
    exact: z.string(),
    prefix: z.string(),
    suffix: z.string(),
  }),
  z
    .object({ type: z.literal('TextPositionSelector'), start: offset, end: offset })
    .refine((s) => s.end >= s.start),
]);

const annotationSchema = z.object({
  id: z.string().refine((id) => id.startsWith('urn:uuid:') && isUuid(id.slice(9))),
  type: z.literal('Annotation'),
  created: iso,
  modified: iso,
  body: z.array(bodySchema).optional(),
  // Only the document's IRI: a document-level note (about the whole document).
  target: z.union([
    z.string(),
    z.object({ source: z.string(), selector: z.array(selectorSchema).min(1) }),
  ]),
  'qari:color': z.enum(HIGHLIGHT_COLORS),
  [BACKUP_DOCUMENT]: z.string().min(1),
  [BACKUP_DELETED]: iso.nullable(),
});

const quoteSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});

const eventSchema = z.object({
  id: z.string().refine(isUuid),
  documentId: z.string().min(1),
  title: z.string().trim().min(1).max(MAX_EVENT_TITLE_LENGTH),
  date: z
    .object({
      value: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/),
      precision: z.enum(['day', 'month', 'year']),
      calendar: z.enum(['gregorian', 'hijri']),
      original: z.string(),
    })
    .nullable(),
  target: z.object({
    quote: quoteSchema,
    position: z
      .object({ type: z.literal('TextPositionSelector'), start: offset, end: offset })
      .refine((s) => s.end > s.start)
      .optional(),
  }),
  status: z.enum(['accepted', 'added']),
  proposalId: z.string().nullable(),
  created: iso,
  modified: iso,
});

const dismissedSchema = z.object({
  documentId: z.string().min(1),
  proposalId: z.string().min(1),
  dismissed: iso,
});

const common = {
  format: z.literal(BACKUP_FORMAT),
  exported: iso,
  documents: z.array(documentSchema),
  annotations: z.array(annotationSchema),
  positions: z.record(
    z.string(),
    z.object({ blockId: z.string(), offset, fraction: z.number().min(0).max(1) }),
  ),
};

/** Every version this build reads: v1 had no events stored (its list is always empty). */
const backupSchema = z.discriminatedUnion('version', [
  z.object({ ...common, version: z.literal(1), events: z.array(z.never()) }),
  z.object({
    ...common,
    version: z.literal(BACKUP_VERSION),
    events: z.array(eventSchema),
    dismissed: z.array(dismissedSchema),
  }),
]);

type AnnotationInput = z.infer<typeof annotationSchema>;

function toRecord(a: AnnotationInput): AnnotationRecord | null {
  // Only an IRI: a document-level note. Selectors without a quote: nothing we can anchor.
  const selectors = typeof a.target === 'string' ? null : a.target.selector;
  const quote = selectors?.find((s) => s.type === 'TextQuoteSelector');
  const position = selectors?.find((s) => s.type === 'TextPositionSelector');
  if (selectors && !quote) return null;
  const target: AnnotationTarget | null = quote
    ? {
        quote: {
          type: 'TextQuoteSelector',
          exact: quote.exact,
          prefix: quote.prefix,
          suffix: quote.suffix,
        },
        ...(position
          ? {
              position: {
                type: 'TextPositionSelector',
                start: position.start,
                end: position.end,
              },
            }
          : {}),
      }
    : null;
  const bodies = a.body ?? [];
  const notes = bodies.filter((b) => b.purpose === 'commenting').map((b) => b.value);
  const note = notes.join('\n\n');
  if (note.length > MAX_NOTE_LENGTH) return null;
  return {
    id: a.id.slice('urn:uuid:'.length).toLowerCase(),
    documentId: a[BACKUP_DOCUMENT],
    target,
    color: a['qari:color'],
    note,
    tags: bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value),
    created: a.created,
    modified: a.modified,
    deleted: a[BACKUP_DELETED],
  };
}

/** True when an added document's blocks, joined, are exactly its text, offsets included. */
function textMatchesBlocks(doc: BackupDocument): boolean {
  if (doc.meta === null) return doc.text === null && doc.blocks === null;
  if (doc.text === null || doc.blocks === null || doc.meta.id !== doc.id) return false;
  let at = 0;
  for (const block of doc.blocks) {
    if (block.start !== at || doc.text.slice(block.start, block.end) !== block.text) return false;
    at = block.end + BLOCK_SEPARATOR.length;
  }
  return doc.blocks.map((b) => b.text).join(BLOCK_SEPARATOR) === doc.text;
}

const refuse = (code: BackupRefusal, detail?: string): ParseBackupResult => ({
  ok: false,
  code,
  ...(detail !== undefined ? { detail } : {}),
});

/**
 * Reads a backup file's text, of this version or an earlier one. Refuses (see
 * {@link BackupRefusal}) a file that is not JSON or cut short, not ours, of a later version, or
 * malformed: documents whose blocks do not make their text, two entries with one id, an
 * annotation, event or dismissal of a document not in the file. An annotation or event whose
 * quote is not in its document's text is kept and listed in `unanchored`.
 * `bundledTexts` gives the texts of bundled documents (which a backup does not carry), by id,
 * for that check. Pure; never throws.
 */
export function parseLibraryBackup(
  json: string,
  bundledTexts: Readonly<Record<string, string>> = {},
): ParseBackupResult {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return refuse('invalid-json');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return refuse('not-ours');
  const { format, version } = raw as { format?: unknown; version?: unknown };
  if (format !== BACKUP_FORMAT) return refuse('not-ours');
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    return refuse('future-version');
  }
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) return refuse('invalid', parsed.error.issues[0]?.path.join('.'));
  const { documents, positions, exported } = parsed.data;
  const { events, dismissed } =
    parsed.data.version === 1 ? { events: [], dismissed: [] } : parsed.data;
  const texts = new Map<string, string | null>();
  for (const doc of documents) {
    if (texts.has(doc.id)) return refuse('invalid', `document ${doc.id} twice`);
    if (!textMatchesBlocks(doc)) return refuse('invalid', `document ${doc.id} text`);
    texts.set(doc.id, doc.text ?? bundledTexts[doc.id] ?? null);
  }
  const annotations: AnnotationRecord[] = [];
  const ids = new Set<string>();
  for (const input of parsed.data.annotations) {
    const record = toRecord(input);
    if (!record || ids.has(record.id)) return refuse('invalid', `annotation ${input.id}`);
    if (!texts.has(record.documentId)) return refuse('invalid', `no document ${record.documentId}`);
    ids.add(record.id);
    annotations.push(record);
  }
  const eventIds = new Set<string>();
  for (const event of events) {
    if (eventIds.has(event.id)) return refuse('invalid', `event ${event.id} twice`);
    if (!texts.has(event.documentId)) return refuse('invalid', `no document ${event.documentId}`);
    eventIds.add(event.id);
  }
  if (dismissed.some((d) => !texts.has(d.documentId))) return refuse('invalid', 'dismissed');
  return {
    ok: true,
    backup: {
      exported,
      documents,
      annotations,
      events,
      dismissed,
      positions,
      unanchored: [
        // A document-level note has no quote to find: it is never unanchored.
        ...unanchoredIn(texts, annotations.filter(hasPassage), 'annotation'),
        ...unanchoredIn(texts, events, 'event'),
      ],
    },
  };
}

/** Items whose quote the anchoring engine does not find in their document's text. */
function unanchoredIn(
  texts: ReadonlyMap<string, string | null>,
  items: readonly Pick<PassageRecord, 'id' | 'documentId' | 'target'>[],
  kind: UnanchoredInBackup['kind'],
): UnanchoredInBackup[] {
  const byDocument = new Map<string, (typeof items)[number][]>();
  for (const record of items) {
    const list = byDocument.get(record.documentId);
    if (list) list.push(record);
    else byDocument.set(record.documentId, [record]);
  }
  const unanchored: UnanchoredInBackup[] = [];
  for (const [documentId, records] of byDocument) {
    const text = texts.get(documentId);
    if (text === null || text === undefined) continue;
    const results = createAnchorer(text).anchorAll(records.map((r) => r.target));
    records.forEach((record, i) => {
      if (results[i]?.status === 'orphan') {
        unanchored.push({ id: record.id, kind, documentId, quote: record.target.quote.exact });
      }
    });
  }
  return unanchored;
}
