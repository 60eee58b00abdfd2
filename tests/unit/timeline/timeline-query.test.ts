import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { ArticleLoadError } from '../../../src/document/article-source';
import type { DocumentSource } from '../../../src/document/document-source';
import { TimelineFailure, timelineQueryOptions } from '../../../src/timeline/timeline-query';
import { seedTimelineJson } from './parse-timeline-cases';

const DOC_ID = 'tass-ar-2022-02-09-csto-zas';

function sourceWith(loadTimeline: () => Promise<unknown>): DocumentSource {
  return {
    key: 'test',
    loadDocument: () => Promise.reject(new Error('not used')),
    loadTimeline,
  };
}

const fetchWith = (loadTimeline: () => Promise<unknown>, id = DOC_ID) =>
  new QueryClient().fetchQuery(timelineQueryOptions(sourceWith(loadTimeline), id));

describe('timelineQueryOptions', () => {
  it('validates the real timeline file', async () => {
    const timeline = await fetchWith(() => Promise.resolve(seedTimelineJson()));
    expect(timeline?.events).toHaveLength(11);
  });

  it('trusts only the file the build checked: the same file edited is checked again', async () => {
    const edited = seedTimelineJson() as { events: { id: string }[] };
    // Still a timeline, one event short: checked, and accepted.
    edited.events.pop();
    expect((await fetchWith(() => Promise.resolve(edited)))?.events).toHaveLength(10);
    // One event with a broken id: the check runs and refuses it.
    const broken = seedTimelineJson() as { events: { id: string }[] };
    (broken.events[0] as { id: string }).id = 'Not Kebab';
    const failure = await fetchWith(() => Promise.resolve(broken)).catch((e: unknown) => e);
    expect((failure as TimelineFailure).code).toBe('timeline-invalid');
  });

  it('gives null for a document without a curated timeline', async () => {
    expect(await fetchWith(() => Promise.resolve(null))).toBeNull();
  });

  it("refuses another document's timeline as invalid", async () => {
    const failure = await fetchWith(() => Promise.resolve(seedTimelineJson()), 'other').catch(
      (e: unknown) => e,
    );
    expect((failure as TimelineFailure).code).toBe('timeline-invalid');
  });

  it.each([
    [
      'a file that is not a timeline',
      () => Promise.resolve({ hello: 'world' }),
      'timeline-invalid',
    ],
    ['text that is not JSON', () => Promise.resolve('{"version": 1,'), 'timeline-invalid'],
    [
      'a missing file',
      () => Promise.reject(new ArticleLoadError('timeline-missing')),
      'timeline-missing',
    ],
    [
      'a file the source could not parse',
      () => Promise.reject(new ArticleLoadError('timeline-invalid')),
      'timeline-invalid',
    ],
    ['any other failure', () => Promise.reject(new TypeError('boom')), 'unknown'],
  ] as const)('rejects %s with a coded failure', async (_name, load, code) => {
    const failure = await fetchWith(load).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TimelineFailure);
    expect((failure as TimelineFailure).code).toBe(code);
  });
});
