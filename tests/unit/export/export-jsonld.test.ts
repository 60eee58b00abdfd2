import { describe, expect, it } from 'vitest';
import { buildJsonLd } from '../../../src/export/export-jsonld';
import { dataset, doc, NOW } from './export-dataset';
import { notPassed, runW3CTest } from './w3c-harness';

interface Exported {
  '@context': unknown;
  total: number;
  first: { items: Record<string, unknown>[] };
}

const exported = JSON.parse(buildJsonLd(dataset, doc, { now: NOW })) as Exported;
const empty = JSON.parse(buildJsonLd([], doc, { now: NOW })) as Exported;

describe('buildJsonLd against the W3C MUST assertions', () => {
  it.each([
    ['with annotations', exported],
    ['with none', empty],
  ])('the collection passes collectionMusts and pageMusts (%s)', (_name, content) => {
    expect(notPassed(runW3CTest('collections/collectionMusts.test', content))).toEqual([]);
    expect(notPassed(runW3CTest('collections/pages/pageMusts.test', content))).toEqual([]);
  });

  it('every item passes annotationMusts as the standalone annotation it denotes', () => {
    // An embedded node inherits the enclosing @context (JSON-LD); a standalone copy carries it.
    for (const item of exported.first.items) {
      const standalone = { '@context': exported['@context'], ...item };
      expect(notPassed(runW3CTest('annotations/annotationMusts.test', standalone))).toEqual([]);
    }
  });

  it('a sabotaged item fails, so the check above has teeth', () => {
    const item = { '@context': exported['@context'], ...exported.first.items[0] };
    const bad = { ...item, created: 'yesterday', id: 'not a uri' };
    expect(notPassed(runW3CTest('annotations/annotationMusts.test', bad)).length).toBe(2);
  });
});

describe('buildJsonLd content', () => {
  const items = exported.first.items;

  it('holds the live annotations only, in reading order', () => {
    expect(exported.total).toBe(6);
    expect(items).toHaveLength(6);
    expect(items.map((i) => i.id)).toEqual([
      'urn:uuid:a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
      'urn:uuid:c3d4e5f6-a7b8-4c9d-8e0f-2a3b4c5d6e7f',
      'urn:uuid:b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e',
      'urn:uuid:d4e5f6a7-b8c9-4d0e-9f1a-3b4c5d6e7f8a',
      'urn:uuid:e5f6a7b8-c9d0-4e1f-8a2b-4c5d6e7f8a9b',
      'urn:uuid:f6a7b8c9-d0e1-4f2a-9b3c-5d6e7f8a9b0c',
    ]);
  });

  it('writes the context as an array with our namespace, and a versioned envelope', () => {
    expect(exported['@context']).toEqual([
      'http://www.w3.org/ns/anno.jsonld',
      { qari: 'https://qari.invalid/ns#' },
    ]);
    expect(exported).toMatchObject({
      type: 'AnnotationCollection',
      label: doc.meta.title,
      created: NOW.toISOString(),
      'qari:format': 'qari-annotations',
      'qari:version': 1,
      'qari:document': doc.meta.id,
    });
  });

  it('describes the Arabic note as rtl/ar and tags as tagging bodies', () => {
    expect(items[0]).toMatchObject({
      motivation: 'commenting',
      'qari:color': 'yellow',
      body: [
        { purpose: 'commenting', format: 'text/plain', language: 'ar', textDirection: 'rtl' },
        { type: 'TextualBody', purpose: 'tagging', value: 'حلف الناتو' },
        { type: 'TextualBody', purpose: 'tagging', value: 'security policy' },
      ],
      target: { source: doc.meta.source },
    });
  });

  it('describes the English note as ltr/en', () => {
    expect(items[2]?.body).toEqual([
      expect.objectContaining({ language: 'en', textDirection: 'ltr' }),
      expect.anything(),
      expect.anything(),
    ]);
  });

  it('gives a bare highlight no body and the highlighting motivation', () => {
    const bare = items[5];
    expect(bare?.motivation).toBe('highlighting');
    expect(bare).not.toHaveProperty('body');
    expect(bare?.target).toEqual({
      source: doc.meta.source,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: 'فريق الاستجابة للأزمات',
          prefix: expect.any(String),
          suffix: expect.any(String),
        },
      ],
    });
  });

  it('writes both selectors, the position indexing the canonical text', () => {
    const [quote, position] = (items[0]?.target as { selector: Record<string, unknown>[] })
      .selector;
    expect(doc.text.slice(Number(position?.start), Number(position?.end))).toBe(quote?.exact);
  });

  it('keeps markup in notes as plain text', () => {
    expect(JSON.stringify(items[3])).toContain('<img src=x onerror=alert(1)>');
  });
});
