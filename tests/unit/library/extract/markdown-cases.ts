import type { ExtractedBlock } from '../../../../src/library/extract/extracted-article';

const p = (text: string): ExtractedBlock => ({ kind: 'paragraph', text });
const h = (text: string): ExtractedBlock => ({ kind: 'heading', text });
const li = (text: string): ExtractedBlock => ({ kind: 'list-item', text });
const q = (text: string): ExtractedBlock => ({ kind: 'quote', text });

/** Markdown inputs and the blocks they must give. */
export const markdownCases: { name: string; markdown: string; blocks: ExtractedBlock[] }[] = [
  {
    name: 'ATX and setext headings, paragraphs with soft breaks joined',
    markdown: '# منظمة الأمن\n\nفقرة أولى\nتكمل هنا.\n\nعنوان فرعي\n-----------\n\nفقرة ثانية.',
    blocks: [h('منظمة الأمن'), p('فقرة أولى تكمل هنا.'), h('عنوان فرعي'), p('فقرة ثانية.')],
  },
  {
    name: 'emphasis, strong, strikethrough, inline code and links become their text',
    markdown: 'قال **زاس** إن _الناتو_ ~~لا~~ يهدد `CSTO` [المنظمة](https://example.org "t").',
    blocks: [p('قال زاس إن الناتو لا يهدد CSTO المنظمة.')],
  },
  {
    name: 'images, inline and block HTML, link definitions and rules are dropped',
    markdown:
      'نص ![صورة](https://x.org/a.png) <img src=x onerror=alert(1)> تابع.\n\n' +
      '<div onclick="alert(1)">\nمخفي\n</div>\n\n***\n\n[ref]: https://example.org\n\nآخر.',
    blocks: [p('نص تابع.'), p('آخر.')],
  },
  {
    name: 'bullet, ordered, nested and task lists give one block per item paragraph',
    markdown: '- أرمينيا\n- بيلاروسيا\n  - مينسك\n\n1. أولاً\n2. ثانياً\n\n- [x] تم\n- [ ] لم يتم',
    blocks: [
      li('أرمينيا'),
      li('بيلاروسيا'),
      li('مينسك'),
      li('أولاً'),
      li('ثانياً'),
      li('تم'),
      li('لم يتم'),
    ],
  },
  {
    name: 'block quotes: lazy lines join, a heading or list inside keeps the container kind',
    markdown: '> قال زاس:\nعلى الحدود الغربية.\n>\n> ## ليس عنواناً\n\n> - بند في اقتباس',
    blocks: [q('قال زاس: على الحدود الغربية.'), q('ليس عنواناً'), li('بند في اقتباس')],
  },
  {
    name: 'a code block gives a paragraph per non-empty line',
    markdown: '```js\nconst a = 1;\n\nalert(a);\n```',
    blocks: [p('const a = 1;'), p('alert(a);')],
  },
  {
    name: 'a table gives one paragraph per row, cells separated by a bar',
    markdown: '| الدولة | العاصمة |\n| --- | --- |\n| روسيا | موسكو |',
    blocks: [p('الدولة | العاصمة'), p('روسيا | موسكو')],
  },
  {
    name: 'footnote references go, footnote texts stay as paragraphs',
    markdown: 'قال زاس[^1].\n\n[^1]: تاس، 9 فبراير.',
    blocks: [p('قال زاس.'), p('تاس، 9 فبراير.')],
  },
  {
    name: 'hard breaks become spaces; escapes and entities are decoded',
    markdown: 'سطر  \nتال\\\nثالث \\*ليس تأكيداً\\* &amp; &#1605;',
    blocks: [p('سطر تال ثالث *ليس تأكيداً* & م')],
  },
  {
    name: 'an inline <br> keeps its words apart; other inline tags just go',
    markdown: 'سطر<br>تال<br/>ثالث و<span>نص</span>.',
    blocks: [p('سطر تال ثالث ونص.')],
  },
  {
    name: 'autolinks stay as their text',
    markdown: 'المصدر: <https://tass.ru/x> و www.example.org',
    blocks: [p('المصدر: https://tass.ru/x و www.example.org')],
  },
  { name: 'only HTML and images: nothing', markdown: '<p>x</p>\n\n![a](b)', blocks: [] },
];
