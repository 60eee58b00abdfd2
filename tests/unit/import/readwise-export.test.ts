import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLocator } from '../../../src/import/import-anchor';
import { parseImportFile } from '../../../src/import/import-file';
import { routeRow } from '../../../src/import/route-row';
import { parseCsv } from '../../../src/import/csv-parse';
import { doc } from '../export/export-dataset';

// Issue 15: a Readwise export CSV of highlights made on this very article was refused whole,
// every row "from another article", because its Book Title is the page's title (with the site's
// name after it) and not our headline word for word, although every quote is in the text.

const text = readFileSync('tests/fixtures/import/readwise-export.csv', 'utf8');
const options = { now: new Date('2026-12-01T08:00:00.000Z') };

function read() {
  const result = parseImportFile({ text, name: 'readwise-export.csv' }, doc, options);
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result;
}

describe('a real-shaped Readwise export of this article', () => {
  it('imports every row whose quote is in the article; the book is from another article', () => {
    const result = read();
    expect(result.format).toBe('csv');
    expect(result.candidates).toHaveLength(5);
    expect(result.rejected).toEqual([{ index: 5, reason: 'other-document' }]);
  });

  it('says which row names the article otherwise, with the title it gives', () => {
    expect(read().notices).toEqual([
      {
        index: 3,
        kind: 'title-differs',
        title: 'الأمين العام لمنظمة الأمن الجماعي يتحدث عن أحداث كازاخستان',
      },
    ]);
  });

  it('reads each row: quote, note, inline and column tags, colour, time', () => {
    const [first, second, third, , fifth] = read().candidates;
    expect(first).toMatchObject({
      note: 'الفكرة الرئيسية للتصريح',
      tags: ['ناتو', 'csto'],
      color: 'yellow',
      created: '2024-03-01T10:15:22.000Z',
    });
    expect(first!.target!.quote.exact).toBe(
      'تكثيف النشاط العسكري لحلف الناتو في الأراضي المجاورة لا يشكّل تهديدا لبيلاروسيا وروسيا فحسب',
    );
    expect(second).toMatchObject({ color: 'blue', note: '' });
    // Readwise's orange is not ours: the row keeps the default colour rather than being refused.
    expect(third).toMatchObject({
      color: 'yellow',
      note: 'مجموعة العمل بعد كازاخستان\nسؤال: من يرأسها؟',
    });
    expect(fifth).toMatchObject({ color: 'pink', note: '', tags: ['أرقام', 'ضحايا'] });
  });

  it('anchors each quote where it stands in the article (Readwise offsets are not ours)', () => {
    for (const record of read().candidates) {
      const { start, end } = record.target!.position!;
      expect(doc.text.slice(start, end)).toBe(record.target!.quote.exact);
    }
  });

  it('decides each row as routeRow does with this article as the only candidate', () => {
    const [header, ...rows] = parseCsv(text);
    const locate = createLocator(doc.text);
    const candidate = {
      id: doc.meta.id,
      titles: [doc.meta.title, doc.meta.translations.en?.title ?? ''],
      hasQuote: (exact: string) =>
        locate({ quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' } }) !== null,
    };
    const result = read();
    const routes = rows.map((row) =>
      routeRow({ quote: row[header!.indexOf('Highlight')]!, title: row[1]! }, [candidate]),
    );
    expect(routes.map((r) => r.kind)).toEqual([
      'document',
      'document',
      'document',
      'document',
      'document',
      'no-document',
    ]);
    const differing = routes.flatMap((r, index) =>
      r.kind === 'document' && r.titleAgrees === false ? [index] : [],
    );
    expect(differing).toEqual(result.notices.map((n) => n.index));
  });
});
