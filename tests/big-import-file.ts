import { describe } from '../src/anchoring/describe';
import type { ArticleDocument } from '../src/document/article-document';

/** The web address another tool would have annotated the article at (not its URN). */
export const FOREIGN_SOURCE = 'https://example.org/news/csto-zas';

/**
 * A W3C AnnotationPage of `count` annotations on word-aligned ranges of `doc`, as another tool
 * would export it: IRI ids of its own, notes and tags as bodies, and, for every other item, a
 * TextPositionSelector and this document's own source (the rest name a web address, so they are
 * found by quote and context). Deterministic: the same count gives the same bytes.
 */
export function bigW3cFile(doc: ArticleDocument, count: number): string {
  const words = [...doc.text.matchAll(/\S+/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const items = Array.from({ length: count }, (_, i) => {
    const first = (i * 7919) % (words.length - 12);
    const last = first + (i % 9);
    const target = describe({ start: words[first]!.start, end: words[last]!.end }, doc.text);
    const time = new Date(Date.UTC(2025, 0, 1, 0, 0, i)).toISOString();
    const sameSource = i % 2 === 0;
    const body = [
      ...(i % 3 === 0
        ? [{ type: 'TextualBody', value: `ملاحظة رقم ${i}`, purpose: 'commenting' }]
        : []),
      ...(i % 4 === 0 ? [{ type: 'TextualBody', value: 'معيار', purpose: 'tagging' }] : []),
    ];
    return {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      id: `https://annotations.example.org/a/${i}`,
      created: time,
      modified: time,
      ...(body.length > 0 ? { body } : {}),
      target: {
        source: sameSource ? doc.meta.source : FOREIGN_SOURCE,
        selector: [
          { ...target.quote },
          ...(sameSource && target.position ? [{ ...target.position }] : []),
        ],
      },
    };
  });
  return JSON.stringify({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationPage',
    items,
  });
}
