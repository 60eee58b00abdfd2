import type { RejectCode } from '../../../src/import/import-types';

// W3C Web Annotations as other tools write them (not our export: no `qari:format`), for
// import-foreign.test.ts. The article's source is our URN; these tools name it by a web address
// of their own, or by an object with an `id`, or not at all.

const WEB_ADDRESS = 'https://news.example.org/ar/csto-zas';

/** What an accepted item must become; `quoteAt` is where its quote starts in the article. */
export interface ForeignExpected {
  exact: string;
  /** The text just before the quote in the article, to find its (only) right occurrence. */
  before: string;
  note: string;
  tags: string[];
  created: string | 'now';
  modified: string | 'now';
  /** 'kept': the file's urn:uuid; 'mapped': a UUID v5 of another tool's IRI or of the content. */
  id: { kind: 'kept'; value: string } | { kind: 'mapped' };
}

/** One annotation of another tool, what it must give, or why it is refused. */
export interface ForeignItem {
  name: string;
  item: Record<string, unknown>;
  expected: ForeignExpected | RejectCode;
}

export const foreignItems: ForeignItem[] = [
  {
    name: 'commenting and tagging bodies; foreign offsets ignored, quote context decides',
    item: {
      id: 'https://notes.example.org/anno/1',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2023-06-01T10:00:00+03:00',
      modified: '2023-06-02T12:30:00Z',
      body: [
        {
          type: 'TextualBody',
          purpose: 'commenting',
          value: 'الاستراتيجية حتى 2025',
          format: 'text/plain',
          language: 'ar',
        },
        { type: 'TextualBody', purpose: 'tagging', value: '  استراتيجية  ' },
        { type: 'TextualBody', purpose: ['tagging'], value: 'CSTO' },
      ],
      target: {
        type: 'SpecificResource',
        source: WEB_ADDRESS,
        selector: [
          // Offsets in the other tool's copy: they happen to point at the quote's first
          // occurrence here, which is not the one the context names.
          { type: 'TextPositionSelector', start: 19, end: 46 },
          {
            type: 'TextQuoteSelector',
            exact: 'منظمة معاهدة الأمن الجماعي',
            prefix: 'في استراتيجية تطوير ',
            suffix: ' حتى عام 2025',
          },
        ],
      },
    },
    expected: {
      exact: 'منظمة معاهدة الأمن الجماعي',
      before: 'في استراتيجية تطوير ',
      note: 'الاستراتيجية حتى 2025',
      tags: ['استراتيجية', 'CSTO'],
      created: '2023-06-01T07:00:00.000Z',
      modified: '2023-06-02T12:30:00.000Z',
      id: { kind: 'mapped' },
    },
  },
  {
    name: 'type as an array, bodyValue, source as an object, a urn:uuid id kept',
    item: {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:3F2504E0-4F89-41D3-9A0C-0305E82C3301',
      type: ['Annotation'],
      bodyValue: 'A plain note',
      created: '2023-07-01T09:00:00.000Z',
      target: {
        source: { id: WEB_ADDRESS, type: 'Text' },
        selector: { type: 'TextQuoteSelector', exact: 'استقر الوضع في البلاد' },
      },
    },
    expected: {
      exact: 'استقر الوضع في البلاد',
      before: 'وبحلول 7 يناير نفسه، ',
      note: 'A plain note',
      tags: [],
      created: '2023-07-01T09:00:00.000Z',
      modified: '2023-07-01T09:00:00.000Z',
      id: { kind: 'kept', value: '3f2504e0-4f89-41d3-9a0c-0305e82c3301' },
    },
  },
  {
    name: 'no id, no times, several targets (the one with a quote wins), an IRI-only body',
    item: {
      type: 'Annotation',
      motivation: 'highlighting',
      body: 'https://notes.example.org/linked/thing',
      target: [
        WEB_ADDRESS,
        {
          source: WEB_ADDRESS,
          selector: [
            { type: 'CssSelector', value: '#p3' },
            { type: 'TextQuoteSelector', exact: 'قاسم جومارت توكاييف' },
          ],
        },
      ],
    },
    expected: {
      exact: 'قاسم جومارت توكاييف',
      before: 'أعلن رئيس كازاخستان ',
      note: '',
      tags: [],
      created: 'now',
      modified: 'now',
      id: { kind: 'mapped' },
    },
  },
  {
    name: 'a target naming another document by URN',
    item: {
      id: 'https://notes.example.org/anno/4',
      type: 'Annotation',
      target: {
        source: 'urn:isbn:9780000000002',
        selector: { type: 'TextQuoteSelector', exact: 'استقر الوضع في البلاد' },
      },
    },
    expected: 'other-document',
  },
  {
    name: 'a quote this article does not have',
    item: {
      id: 'https://notes.example.org/anno/5',
      type: 'Annotation',
      target: {
        source: WEB_ADDRESS,
        selector: {
          type: 'TextQuoteSelector',
          exact: 'the quick brown fox jumps over the lazy dog',
        },
      },
    },
    expected: 'quote-not-found',
  },
  {
    name: 'a target with no text selector',
    item: {
      id: 'https://notes.example.org/anno/6',
      type: 'Annotation',
      target: { source: WEB_ADDRESS, selector: { type: 'FragmentSelector', value: 'page=2' } },
    },
    expected: 'missing-target',
  },
];

const items = foreignItems.map((c) => c.item);

/** The containers another tool may put the same items in; each must give the same result. */
export const foreignFiles: { name: string; fileName: string; json: unknown }[] = [
  {
    name: 'a non-Qari AnnotationCollection with an embedded first page',
    fileName: 'collection.jsonld',
    json: {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://notes.example.org/collections/csto',
      type: 'AnnotationCollection',
      label: 'My CSTO reading',
      total: items.length,
      first: {
        id: 'https://notes.example.org/collections/csto/page1',
        type: 'AnnotationPage',
        startIndex: 0,
        items,
      },
    },
  },
  {
    name: 'the same collection with `type` as an array and no total',
    fileName: 'collection.json',
    json: {
      '@context': ['http://www.w3.org/ns/anno.jsonld', { ex: 'https://notes.example.org/ns#' }],
      type: ['AnnotationCollection', 'ex:Notebook'],
      first: { type: 'AnnotationPage', items },
    },
  },
  { name: 'a plain JSON array of annotations', fileName: 'annotations.json', json: items },
];
