import { describe, expect, it } from 'vitest';
import { foldTitle, titlesAgree } from '../../../src/import/title-agreement';
import { routeRow, type RouteCandidate } from '../../../src/import/route-row';
import { doc } from '../export/export-dataset';

const headline = doc.meta.title;

const agreeCases: [string, string, string, boolean][] = [
  ['the same title', headline, headline, true],
  ['a site-name suffix', `${headline} | RT Arabic`, headline, true],
  ['a site-name prefix', `تاس - ${headline}`, headline, true],
  ['an Arabic site name after a dash', `${headline} - روسيا اليوم`, headline, true],
  [
    'hamza, harakat, tatweel and punctuation differ',
    'زاس: تكثيـف النشاط العسكريّ للناتو قرب حدود المنظمة لا يهدد بيلاروسيا وروسيا فحسب، بل أمن منظمة معاهدة الأمن الجماعي بأكملها!',
    headline,
    true,
  ],
  ['ى/ي and ة/ه', 'مباحثات على مستوى القمة', 'مباحثات علي مستوي القمه', true],
  [
    'Latin case and quotes',
    '"Zas: NATO’s Growing Military Activity"',
    "zas nato's growing military activity",
    true,
  ],
  ['one contains the other', 'تكثيف النشاط العسكري للناتو قرب حدود المنظمة', headline, true],
  ['another article', 'روسيا تعلن انسحاب قواتها من كازاخستان', headline, false],
  ['a bare site name is not contained enough', 'RT Arabic', `${headline} | RT Arabic`, false],
  ['a word prefix is not a word', 'تكثيف النشاط العسكري للنا', headline, false],
  ['a blank title', '  ', headline, false],
];

describe('titlesAgree', () => {
  it.each(agreeCases)('%s', (_name, a, b, agree) => {
    expect(titlesAgree(a, b)).toBe(agree);
    expect(titlesAgree(b, a)).toBe(agree);
  });

  it('folds a title the way search folds text, punctuation dropped', () => {
    expect(foldTitle('  «أمنُ» المنظمة — كلّها؟ ')).toBe('امن المنظمه كلها');
  });
});

const candidate = (id: string, titles: string[], text: string): RouteCandidate => ({
  id,
  titles,
  hasQuote: (quote) => text.includes(quote),
});

const library = [
  candidate('csto', [headline, doc.meta.translations.en?.title ?? ''], doc.text),
  candidate('other', ['Another page'], 'a text that shares a phrase: الأمن الجماعي في عصر جديد'),
];

describe('routeRow', () => {
  it.each([
    [
      'title agrees and quote found',
      { title: `${headline} | RT Arabic`, quote: 'ستانيسلاف زاس' },
      { kind: 'document', documentId: 'csto', titleAgrees: true },
    ],
    [
      'title differs, quote found in one document: routed, the difference said',
      { title: 'CSTO chief on NATO', quote: 'ستانيسلاف زاس' },
      { kind: 'document', documentId: 'csto', titleAgrees: false },
    ],
    [
      'no title, quote found in one document',
      { title: '', quote: 'ستانيسلاف زاس' },
      { kind: 'document', documentId: 'csto', titleAgrees: null },
    ],
    [
      'quote in two documents: the title singles one out',
      { title: 'Another page', quote: 'الأمن الجماعي في عصر جديد' },
      { kind: 'document', documentId: 'other', titleAgrees: true },
    ],
    [
      'quote in two documents and no title to choose',
      { title: '', quote: 'الأمن الجماعي في عصر جديد' },
      { kind: 'ambiguous', documentIds: ['csto', 'other'] },
    ],
    [
      'title names a document whose text lacks the quote',
      { title: headline, quote: 'جملة غير موجودة في المقال' },
      { kind: 'quote-not-found', documentId: 'csto' },
    ],
    [
      'neither title nor quote in the library',
      { title: 'Sapiens', quote: 'A highlight from a book' },
      { kind: 'no-document' },
    ],
  ] as const)('%s', (_name, row, expected) => {
    expect(routeRow(row, library)).toEqual(expected);
  });
});
