import type { NoteLanguage, TextDirection } from '../../../src/export/text-direction';

/** [input line, escaped Markdown] */
export const markdownLineCases: [string, string][] = [
  ['نص عادي، بلا رموز', 'نص عادي، بلا رموز'],
  ['# heading', '\\# heading'],
  ['## heading', '\\#\\# heading'],
  ['> quote', '\\> quote'],
  ['- item', '\\- item'],
  ['+ item', '\\+ item'],
  ['* item', '\\* item'],
  ['1. item', '1\\. item'],
  ['12) item', '12\\) item'],
  ['---', '\\---'],
  ['===', '\\=\\=\\='],
  ['    indented code', 'indented code'],
  ['[link](https://evil.example)', '\\[link\\](https://evil.example)'],
  ['![img](x.png)', '!\\[img\\](x.png)'],
  ['[[Wiki link]]', '\\[\\[Wiki link\\]\\]'],
  ['<img src=x onerror=alert(1)>', '\\<img src\\=x onerror\\=alert(1)\\>'],
  ['&lt;b&gt;', '\\&lt;b\\&gt;'],
  ['*bold* _em_ `code` ~~del~~', '\\*bold\\* \\_em\\_ \\`code\\` \\~\\~del\\~\\~'],
  ['==marked== %%comment%% $x$', '\\=\\=marked\\=\\= \\%\\%comment\\%\\% \\$x\\$'],
  ['a | b', 'a \\| b'],
  ['end ^block-id', 'end \\^block-id'],
  ['#وسم', '\\#وسم'],
  ['back\\slash', 'back\\\\slash'],
  ['two\nlines', 'two lines'],
];

/** [cell value, CSV cell] */
export const csvCellCases: [string, string][] = [
  ['plain', 'plain'],
  ['', ''],
  ['نص عربي، بفاصلة عربية', 'نص عربي، بفاصلة عربية'],
  ['a,b', '"a,b"'],
  ['say "hi"', '"say ""hi"""'],
  ['line1\nline2', '"line1\nline2"'],
  ['line1\r\nline2', '"line1\r\nline2"'],
  ['=1+1', "'=1+1"],
  ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
  ['+1', "'+1"],
  ['-1', "'-1"],
  ['@SUM(A1)', "'@SUM(A1)"],
  ['\tTAB', "'\tTAB"],
  ['\rCR', '"\'\rCR"'],
  ['a=b', 'a=b'],
];

/** [tag, Obsidian tag, Readwise tag] */
export const tagCases: [string, string | null, string | null][] = [
  ['simple', '#simple', '.simple'],
  ['with space', '#with-space', '.with_space'],
  ['  many   spaces ', '#many-spaces', '.many_spaces'],
  ['حلف الناتو', '#حلف-الناتو', '.حلف_الناتو'],
  ['nested/tag', '#nested/tag', '.nestedtag'],
  ['1984', '#_1984', '.1984'],
  ['C++ & co', '#C-co', '.C_co'],
  ['#already', '#already', '.already'],
  ['!!!', null, null],
  ['', null, null],
];

/** [text, direction, language] */
export const directionCases: [string, TextDirection, NoteLanguage][] = [
  ['ملاحظة بالعربية', 'rtl', 'ar'],
  ['English note', 'ltr', 'en'],
  ['  123 — ملاحظة', 'rtl', 'ar'],
  ['2022: NATO', 'ltr', 'en'],
  ['«اقتباس» then English', 'rtl', 'ar'],
  ['"English" ثم عربي', 'ltr', 'en'],
  ['עברית', 'rtl', 'und'],
  ['Русский текст', 'ltr', 'und'],
  ['١٢٣ ٤٥٦', 'auto', 'und'],
  ['', 'auto', 'und'],
  ['🙂 !!', 'auto', 'und'],
];
