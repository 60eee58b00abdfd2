import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { ArticleLoadError, type ArticleSource } from '../../../src/document/article-source';
import { TimelineFailure, timelineQueryOptions } from '../../../src/timeline/timeline-query';
import { seedTimelineJson } from './parse-timeline-cases';

function sourceWith(loadTimeline: () => Promise<unknown>): ArticleSource {
  return {
    key: 'test',
    loadText: () => Promise.resolve(''),
    loadMeta: () => Promise.resolve({}),
    loadTimeline,
  };
}

const fetchWith = (loadTimeline: () => Promise<unknown>) =>
  new QueryClient().fetchQuery(timelineQueryOptions(sourceWith(loadTimeline)));

describe('timelineQueryOptions', () => {
  it('validates the real timeline file', async () => {
    const timeline = await fetchWith(() => Promise.resolve(seedTimelineJson()));
    expect(timeline.events).toHaveLength(11);
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
