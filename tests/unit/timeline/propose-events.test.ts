import { describe, expect, it } from 'vitest';
import { createAnchorer } from '../../../src/anchoring/anchor';
import { gapsBefore } from '../../../src/timeline/event-gaps';
import { formatHijriDate } from '../../../src/timeline/format-hijri-date';
import { proposeEvents } from '../../../src/timeline/propose-events';
import { seedArticle } from '../../seed-article';
import { compareWithCurated, scoreSet, sentenceSet } from '../../timeline-proposal-quality';
import { realTimeline } from './timeline-fixtures';

describe('proposeEvents on the built-in article', () => {
  const doc = seedArticle();
  const proposals = proposeEvents(doc.text, doc.blocks, {
    language: 'ar',
    published: '2022-02-09',
  });

  it('finds every dated event of the curated timeline and invents none', () => {
    expect(compareWithCurated(doc, realTimeline())).toEqual({
      found: [
        'protests-mangystau',
        'situation-stabilised',
        'state-of-emergency-lifted',
        'zas-valdai-conference',
        'terrorist-list-idea',
      ],
      missing: [],
      invented: [],
    });
  });

  it('orders them by date, titles them from their sentences, and measures the gaps', () => {
    expect(proposals.map((p) => [p.date?.value, p.title])).toEqual([
      ['2018', 'يُشار إلى أن فكرة إنشاء قائمة واحدة للمنظمات الإرهابية تم…'],
      ['2022-01-02', 'تم تنظيم احتجاجات في منطقة مانجيستاو في كازاخستان وفي عدد…'],
      ['2022-01-07', 'استقر الوضع في البلاد'],
      ['2022-01-19', 'تم رفع حالة الطوارئ في جميع أنحاء البلاد'],
      ['2022-02-09', 'وصرّح الأمين العام للمنظمة بذلك خلال مؤتمر "الأمن الجماعي في…'],
    ]);
    expect(gapsBefore(proposals)).toEqual([null, null, 5, 12, 21]);
  });

  it('anchors each proposal where it was proposed, like a highlight', () => {
    const anchorer = createAnchorer(doc.text);
    for (const p of proposals) {
      const found = anchorer.anchor(p.target);
      expect(found.status, p.title).toBe('position');
      expect(found).toMatchObject({ start: p.target.position?.start, end: p.target.position?.end });
      expect(p.target.quote.exact).toContain(doc.text.slice(p.dateRange.start, p.dateRange.end));
    }
  });

  it('gives each proposal an id stable for the same text', () => {
    const again = proposeEvents(doc.text, doc.blocks, { language: 'ar', published: '2022-02-09' });
    expect(again.map((p) => p.id)).toEqual(proposals.map((p) => p.id));
    expect(new Set(proposals.map((p) => p.id)).size).toBe(proposals.length);
  });

  it('keeps the ids when the text is corrected around the dates', () => {
    const corrected = `مقدمة أضيفت لاحقاً.\n${doc.text.replaceAll('قال', 'صرّح')}`;
    const again = proposeEvents(corrected, undefined, { language: 'ar', published: '2022-02-09' });
    expect(new Set(again.map((p) => p.id))).toEqual(new Set(proposals.map((p) => p.id)));
  });
});

describe('proposeEvents, behaviour', () => {
  it('keeps a Hijri date as Hijri, to be shown as such', () => {
    const [p] = proposeEvents('وفي يوم 15 رمضان 1445هـ، نظّمت الجمعية إفطارا جماعيا.', undefined, {
      language: 'ar',
      published: '2024-03-26',
    });
    expect(p?.hijri).toEqual({
      value: '1445-09-15',
      precision: 'day',
      calendar: 'islamic-umalqura',
    });
    expect(p?.date).toEqual({ value: '2024-03-25', precision: 'day' });
    expect(p?.title).toBe('نظّمت الجمعية إفطارا جماعيا');
    expect(formatHijriDate(p!.hijri!, { uiLanguage: 'ar', digits: 'latn' })).toBe(
      '15 رمضان 1445 هـ',
    );
  });

  it('makes one proposal of a date written twice in one sentence', () => {
    const text = 'يصادف يوم 27 رمضان 1445 هـ السبت المقبل.';
    const proposals = proposeEvents(text, undefined, { language: 'ar', published: '2024-04-01' });
    expect(proposals.map((p) => [p.date?.value, p.hijri?.value])).toEqual([
      ['2024-04-06', '1445-09-27'],
    ]);
  });

  it('puts proposals without a date last, in text order', () => {
    const text = 'استؤنفت المفاوضات الأسبوع الماضي. وفي 3 مارس 2024 وقع الاتفاق. وقتل جنديان أمس.';
    const proposals = proposeEvents(text, undefined, { language: 'ar', published: '2024-03-15' });
    expect(proposals.map((p) => p.date?.value ?? p.relative)).toEqual([
      '2024-03-03',
      '2024-03-14',
      'last-week',
    ]);
  });

  it('reads English documents with the English extractor', () => {
    const proposals = proposeEvents(
      'On Monday, police said gunmen attacked a checkpoint.',
      undefined,
      {
        language: 'en-GB',
        published: '2024-02-15',
      },
    );
    expect(proposals.map((p) => [p.date?.value, p.title])).toEqual([
      ['2024-02-12', 'Police said gunmen attacked a checkpoint'],
    ]);
  });

  it('proposes nothing in a language it cannot read', () => {
    expect(
      proposeEvents('در 5 ژانویه', undefined, { language: 'fa', published: '2024-02-15' }),
    ).toEqual([]);
  });

  it('refuses a published date that is not a calendar day', () => {
    expect(() => proposeEvents('', undefined, { language: 'ar', published: '2024-02-30' })).toThrow(
      RangeError,
    );
  });
});

describe('proposeEvents, quality on hand-made sets', () => {
  it.each(['arabic', 'english'] as const)(
    '%s set: precision and recall of at least 95 percent',
    (name) => {
      const score = scoreSet(sentenceSet(name));
      expect(score.sentences).toBeGreaterThanOrEqual(name === 'arabic' ? 30 : 15);
      const wrong = [...score.missed, ...score.invented].join('\n');
      expect(score.precision, wrong).toBeGreaterThanOrEqual(0.95);
      expect(score.recall, wrong).toBeGreaterThanOrEqual(0.95);
    },
  );
});
