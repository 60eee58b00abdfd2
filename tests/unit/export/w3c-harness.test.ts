import { describe, expect, it } from 'vitest';
import { notPassed, readSample, runW3CTest, sampleNames } from './w3c-harness';
import { knownSchemaDeviations } from './w3c-harness-cases';

const ANNOTATION = 'annotations/annotationMusts.test';
const COLLECTION = 'collections/collectionMusts.test';
const PAGE = 'collections/pages/pageMusts.test';

/** Which `.test` files the harness runs on an official sample, by what the sample is. */
function testsFor(content: { type?: unknown; first?: unknown }): string[] {
  if (content.type === 'AnnotationCollection') {
    return typeof content.first === 'object' ? [COLLECTION, PAGE] : [COLLECTION];
  }
  if (content.type === 'AnnotationPage') return [PAGE];
  return [ANNOTATION];
}

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

describe('the W3C harness replica, proven on the official samples', () => {
  it.each(sampleNames('correct'))('passes every assertion for correct/%s', (name) => {
    const content = JSON.parse(readSample('correct', name)) as { type?: unknown };
    const failed = testsFor(content).flatMap((t) => notPassed(runW3CTest(t, content)));
    expect(failed.map((o) => o.file)).toEqual(knownSchemaDeviations[name]?.fails ?? []);
  });

  it.each(sampleNames('incorrect'))('rejects incorrect/%s', (name) => {
    const content = parseOrNull(readSample('incorrect', name));
    if (content === null) return; // not JSON at all: the harness's parse step fails it
    const failures = testsFor(content as object).flatMap((t) => notPassed(runW3CTest(t, content)));
    expect(failures.length).toBeGreaterThan(0);
  });
});
