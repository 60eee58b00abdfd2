import { describe, expect, it } from 'vitest';
import { extractMarkdown } from '../../../../src/library/extract/extract-markdown';
import { splitFrontMatter } from '../../../../src/library/extract/markdown-front-matter';
import { seedArticle, seedText } from '../../../seed-article';
import { markdownCases } from './markdown-cases';

describe('extractMarkdown', () => {
  it.each(markdownCases)('$name', ({ markdown, blocks }) => {
    expect(extractMarkdown(markdown).blocks).toEqual(blocks);
  });

  it('reads the real article written as Markdown paragraphs, with its headings', () => {
    const doc = seedArticle();
    const markdown = doc.blocks
      .map((b) => (b.kind === 'heading' ? `## ${b.text}` : b.text))
      .join('\n\n');
    const { blocks } = extractMarkdown(markdown);
    expect(blocks.map((b) => b.text)).toEqual(doc.blocks.map((b) => b.text));
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(
      doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text),
    );
  });

  it('joins the seed text, which has no blank lines, into one paragraph (Markdown rules)', () => {
    expect(extractMarkdown(seedText).blocks).toHaveLength(1);
  });

  it('reports stripped control characters', () => {
    const { blocks, notices } = extractMarkdown('# عنوان\u0000\n\nنص\u0007.');
    expect(blocks).toEqual([
      { kind: 'heading', text: 'عنوان' },
      { kind: 'paragraph', text: 'نص.' },
    ]);
    expect(notices).toEqual(['control-characters-stripped']);
  });

  it('takes front matter off the text and reads its fields', () => {
    const { blocks, frontMatter } = extractMarkdown(
      '---\r\ntitle: "زاس يحذر"\r\nauthor: تاس\r\ndate: 2022-02-09\r\ntags: [a, b]\r\n---\r\nنص.',
    );
    expect(blocks).toEqual([{ kind: 'paragraph', text: 'نص.' }]);
    expect(frontMatter).toEqual({ title: 'زاس يحذر', author: 'تاس', date: '2022-02-09' });
  });
});

describe('splitFrontMatter', () => {
  it.each([
    ['no front matter', 'نص', {}, 'نص'],
    ['a rule later is not front matter', 'نص\n---\nعنوان: x\n---', {}, 'نص\n---\nعنوان: x\n---'],
    [
      "single quotes, 'published' and 'source'",
      "---\npublished: '2022-02-09'\nsource: https://x.org\n---\n",
      { date: '2022-02-09', url: 'https://x.org' },
      '',
    ],
    ['closed by ...', '---\ntitle: t\n...\nنص', { title: 't' }, 'نص'],
    ['the first of two titles wins', '---\ntitle: a\nTitle: b\n---\n', { title: 'a' }, ''],
  ])('%s', (_name, markdown, fields, body) => {
    expect(splitFrontMatter(markdown)).toEqual({ fields, body });
  });
});
