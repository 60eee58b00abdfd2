import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../../src/document/build-document';
import { MAX_NOTE_LENGTH } from '../../../../src/export/record-contract';
import { omnivoreRecords, sameHighlight } from '../../../../src/import/omnivore/omnivore-records';
import type { AnnotationRecord } from '../../../../src/storage/annotation-record';
import type { OmnivoreArticle } from '../../../../src/import/omnivore/omnivore-types';
import { readOmnivoreExport } from '../../../../src/import/omnivore/read-omnivore-export';
import { doc as seed } from '../../export/export-dataset';

const now = new Date('2026-12-04T08:00:00.000Z');
const zip = new Uint8Array(readFileSync('tests/fixtures/omnivore/omnivore-export.zip'));

async function fixtureArticle(slug: string): Promise<OmnivoreArticle> {
  const result = await readOmnivoreExport({ kind: 'zip', bytes: zip });
  if (!result.ok) throw new Error(result.error);
  return result.articles.find((a) => a.slug === slug)!;
}

/** A document of the article's content, its paragraphs as blocks (tags dropped, for the test). */
function documentOf(article: OmnivoreArticle, id: string) {
  const texts = article.contentHtml
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .split(/<[^>]+>/)
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '');
  return buildDocument(
    { ...seed.meta, id, title: article.title ?? '' },
    texts.map((text) => ({ kind: 'paragraph' as const, text })),
  );
}

describe('omnivoreRecords', () => {
  it('anchors each highlight in its document and keeps the one found nowhere, unanchored', async () => {
    const article = await fixtureArticle('nile-dam-talks-resume-19233a4f1c2');
    const doc = documentOf(article, 'omnivore-nile');
    const { records: all, unanchored, leftOut } = omnivoreRecords(article, doc, now);
    // First the note on the whole article, as a note on the whole document.
    const [articleNote, ...records] = all;
    expect(articleNote).toMatchObject({ target: null, documentId: doc.meta.id, tags: [] });
    expect(articleNote!.note).not.toBe('');
    expect(records.map((r) => [r.target!.quote.exact, r.note, r.tags])).toEqual([
      ['ستركز على قواعد الملء في سنوات الجفاف الممتد', 'هذه هي العقدة منذ 2015.', []],
      ['الأمن المائي لمصر «قضية وجودية»', '', ['مهم']],
      ['وقّعت الدول الثلاث اتفاقًا نهائيًا في الجلسة الأولى', 'اقتباس لا يرد في نص المقال.', []],
    ]);
    for (const record of records.slice(0, 2)) {
      const { start, end } = record.target!.position!;
      expect(doc.text.slice(start, end)).toBe(record.target!.quote.exact);
    }
    expect(unanchored).toEqual([records[2]!.id]);
    expect(records[2]!.target!.position).toBeUndefined();
    expect(leftOut).toEqual([]);
  });

  it('dates the highlights by the article (the export has no highlight times), in yellow', async () => {
    const article = await fixtureArticle('why-we-read-slowly-1924c0d8a77');
    const { records } = omnivoreRecords(article, documentOf(article, 'omnivore-slow'), now);
    expect(records.map((r) => [r.created, r.modified, r.color, r.documentId])).toEqual([
      ['2024-10-21T06:00:00.000Z', '2024-10-21T06:00:00.000Z', 'yellow', 'omnivore-slow'],
      ['2024-10-21T06:00:00.000Z', '2024-10-21T06:00:00.000Z', 'yellow', 'omnivore-slow'],
    ]);
    const undated = { ...article, updated: null, saved: null };
    expect(omnivoreRecords(undated, documentOf(article, 'x'), now).records[0]!.created).toBe(
      now.toISOString(),
    );
  });

  it('gives the same ids on a second import, other ids in another document', async () => {
    const article = await fixtureArticle('why-we-read-slowly-1924c0d8a77');
    const ids = (id: string) =>
      omnivoreRecords(article, documentOf(article, id), now).records.map((r) => r.id);
    expect(ids('omnivore-slow')).toEqual(ids('omnivore-slow'));
    expect(ids('omnivore-slow')).not.toEqual(ids('another'));
  });

  it('leaves out a note too long to keep, and a repeated highlight', async () => {
    const article = await fixtureArticle('why-we-read-slowly-1924c0d8a77');
    const [first, second] = article.highlights;
    const tampered = {
      ...article,
      highlights: [first!, first!, { ...second!, note: 'x'.repeat(MAX_NOTE_LENGTH + 1) }],
    };
    const { records, leftOut } = omnivoreRecords(tampered, documentOf(article, 'd'), now);
    expect(records).toHaveLength(1);
    expect(leftOut).toEqual([
      { reason: 'duplicate-highlight', quote: first!.quote },
      { reason: 'note-too-long', quote: second!.quote },
    ]);
  });
});

describe('sameHighlight', () => {
  const base: AnnotationRecord = {
    id: 'a',
    documentId: 'd',
    target: {
      quote: { type: 'TextQuoteSelector', exact: 'سد النهضة', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 10, end: 19 },
    },
    color: 'yellow',
    note: '',
    tags: [],
    created: '2024-01-01T00:00:00.000Z',
    modified: '2024-01-01T00:00:00.000Z',
    deleted: null,
  };
  const other = (change: (r: AnnotationRecord) => AnnotationRecord) => change({ ...base, id: 'b' });
  const at = (start: number, end: number) => ({
    type: 'TextPositionSelector' as const,
    start,
    end,
  });

  it.each([
    ['the same record', { ...base, note: 'changed' }, true],
    [
      'the same quote at the same place, another note and colour',
      other((r) => ({ ...r, note: 'x', color: 'green' })),
      true,
    ],
    [
      'the same quote kept without a place',
      other((r) => ({ ...r, target: { quote: r.target!.quote } })),
      true,
    ],
    [
      'the same quote elsewhere',
      other((r) => ({ ...r, target: { ...r.target!, position: at(40, 49) } })),
      false,
    ],
    [
      'another quote at the same place',
      other((r) => ({
        ...r,
        target: { ...r.target!, quote: { ...r.target!.quote, exact: 'سد' } },
      })),
      false,
    ],
  ] as const)('%s', (_name, record, same) => {
    expect(sameHighlight(base, record)).toBe(same);
    expect(sameHighlight(record, base)).toBe(same);
  });
});
