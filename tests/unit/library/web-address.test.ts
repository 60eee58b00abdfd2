import { describe, expect, it } from 'vitest';
import { httpUrl, siteHost } from '../../../src/library/web-address';

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
