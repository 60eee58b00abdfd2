import { describe, expect, it } from 'vitest';
import {
  httpUrl,
  siteHost,
  sourceUrlOf,
  withoutTracking,
} from '../../../../src/library/extract/web-address';

describe('httpUrl', () => {
  it.each([
    ['https://www.example.org/a?b=1#c', 'https://www.example.org/a?b=1#c'],
    ['  http://example.org ', 'http://example.org/'],
    ['HTTPS://EXAMPLE.ORG/ع', 'https://example.org/%D8%B9'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['file:///etc/passwd', null],
    ['ftp://example.org/x', null],
    ['/relative/path', null],
    ['//example.org/protocol-relative', null],
    ['', null],
  ])('%s → %s', (value, expected) => {
    expect(httpUrl(value)).toBe(expected);
  });
});

describe('siteHost', () => {
  it.each([
    ['https://www.example-news.com/ar/x', 'example-news.com'],
    ['https://arabic.rt.com/', 'arabic.rt.com'],
    ['https://wwwexample.org/', 'wwwexample.org'],
    ['not a url', null],
  ])('%s → %s', (url, expected) => {
    expect(siteHost(url)).toBe(expected);
  });
});

describe('withoutTracking', () => {
  it.each([
    ['https://x.org/a?utm_source=tw&utm_medium=social', 'https://x.org/a'],
    ['https://x.org/a?id=5&fbclid=abc&UTM_Campaign=z#top', 'https://x.org/a?id=5#top'],
    ['https://x.org/a?page=2', 'https://x.org/a?page=2'],
    ['https://x.org/a', 'https://x.org/a'],
  ])('%s → %s', (url, expected) => {
    expect(withoutTracking(url)).toBe(expected);
  });
});

describe('sourceUrlOf', () => {
  it.each([
    [' https://x.org/a?utm_source=tw ', 'https://x.org/a'],
    ['javascript:alert(1)', null],
    ['/a', null],
  ])('%s → %s', (value, expected) => {
    expect(sourceUrlOf(value)).toBe(expected);
  });
});
