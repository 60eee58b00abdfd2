import { describe, expect, it } from 'vitest';
import { buildHtml } from '../../../src/export/export-html';
import { buildJsonLd } from '../../../src/export/export-jsonld';
import { buildMarkdown } from '../../../src/export/export-markdown';
import { exportableEvents } from '../../../src/export/export-timeline';
import type { TimelineEventRecord } from '../../../src/storage/timeline-event-record';
import { dataset, doc, NOW, targetFor } from './export-dataset';
import { notPassed, runW3CTest } from './w3c-harness';

const created = '2026-11-20T10:00:00.000Z';

/** The reader's own events on the real article: a Hijri one, a day, an undated one. */
const timeline: TimelineEventRecord[] = [
  {
    id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    documentId: doc.meta.id,
    title: 'بلا تاريخ <b>',
    date: null,
    target: targetFor('تكثيف النشاط العسكري'),
    status: 'added',
    proposalId: null,
    created,
    modified: created,
  },
  {
    id: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
    documentId: doc.meta.id,
    title: 'تصريح زاس',
    date: { value: '2022-02-09', precision: 'day', calendar: 'gregorian', original: '9 فبراير' },
    target: targetFor('النشاط العسكري لحلف الناتو'),
    status: 'accepted',
    proposalId: 'proposed-10-20',
    created,
    modified: created,
  },
  {
    id: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f',
    documentId: doc.meta.id,
    title: 'حدث في رمضان',
    date: { value: '2022-04', precision: 'month', calendar: 'hijri', original: 'رمضان 1443هـ' },
    target: targetFor('فريق الاستجابة للأزمات', false),
    status: 'added',
    proposalId: null,
    created,
    modified: created,
  },
];
const options = { now: NOW, timeline, timelineHeading: 'Timeline' };

interface Exported {
  '@context': unknown;
  total: number;
  first: { items: unknown[] };
  'qari:timeline'?: Record<string, unknown>[];
}

describe('a document’s own timeline in exports', () => {
  it('orders events by date, undated last', () => {
    expect(exportableEvents(timeline).map((e) => e.title)).toEqual([
      'تصريح زاس',
      'حدث في رمضان',
      'بلا تاريخ <b>',
    ]);
  });

  it('lists the events in Markdown under their heading, escaped, a Hijri date with its words', () => {
    const markdown = buildMarkdown(dataset, doc, options);
    expect(markdown).toContain('## 🗓 Timeline');
    expect(markdown).toContain(
      '- **2022-02-09** · تصريح زاس\n- **2022-04 (رمضان 1443هـ)** · حدث في رمضان\n- بلا تاريخ \\<b\\>',
    );
    expect(buildMarkdown(dataset, doc, { now: NOW })).not.toContain('🗓 Timeline');
  });

  it('lists the events in HTML in the document’s language, every title escaped', () => {
    const html = buildHtml(dataset, doc, options);
    expect(html).toContain('<section class="timeline">\n<h2>Timeline</h2>');
    expect(html).toContain(
      '<time dir="ltr" datetime="2022-02-09">2022-02-09</time><span lang="ar" dir="rtl">تصريح زاس</span>',
    );
    expect(html).toContain('بلا تاريخ &lt;b&gt;');
    expect(html).not.toContain('<b>');
    expect(buildHtml(dataset, doc, { now: NOW })).not.toContain('class="timeline"');
  });

  it('carries the events in JSON-LD as describing annotations, apart from the notes', () => {
    const exported = JSON.parse(buildJsonLd(dataset, doc, options)) as Exported;
    expect(exported.total).toBe(exported.first.items.length);
    const events = exported['qari:timeline'] ?? [];
    expect(events.map((e) => e.motivation)).toEqual(['describing', 'describing', 'describing']);
    expect(events[1]).toMatchObject({
      id: 'urn:uuid:2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f',
      body: [{ type: 'TextualBody', purpose: 'describing', value: 'حدث في رمضان', language: 'ar' }],
      target: {
        source: doc.meta.source,
        selector: [{ type: 'TextQuoteSelector', exact: 'فريق الاستجابة للأزمات' }],
      },
      'qari:eventDate': { value: '2022-04', precision: 'month' },
      'qari:calendar': 'hijri',
      'qari:dateText': 'رمضان 1443هـ',
      'qari:eventStatus': 'added',
    });
    expect(events[2]).not.toHaveProperty('qari:eventDate');
    expect(JSON.parse(buildJsonLd(dataset, doc, { now: NOW }))).not.toHaveProperty('qari:timeline');
  });

  it('passes the W3C MUST assertions: the collection with them, and each event annotation', () => {
    const exported = JSON.parse(buildJsonLd(dataset, doc, options)) as Exported;
    expect(notPassed(runW3CTest('collections/collectionMusts.test', exported))).toEqual([]);
    expect(notPassed(runW3CTest('collections/pages/pageMusts.test', exported))).toEqual([]);
    for (const event of exported['qari:timeline'] ?? []) {
      const standalone = { '@context': exported['@context'], ...event };
      expect(notPassed(runW3CTest('annotations/annotationMusts.test', standalone))).toEqual([]);
      const sabotaged = { ...standalone, id: 'not a uri' };
      expect(notPassed(runW3CTest('annotations/annotationMusts.test', sabotaged))).not.toEqual([]);
    }
  });
});
