import type { BlockKind } from '../../../src/document/article-document';

/** Expected kind of every line of the real article, by 1-based line number. */
export const seedLineKinds: [line: number, kind: BlockKind, startsWith: string][] = [
  [1, 'lede', 'أعلن الأمين العام'],
  [2, 'paragraph', 'وصرّح الأمين العام'],
  [3, 'paragraph', 'وقال زاس'],
  [4, 'paragraph', 'وأضاف الأمين العام'],
  [5, 'paragraph', 'وبحسب ستانيسلاف زاس، فإن تلك'],
  [6, 'heading', 'فريق الاستجابة للأزمات'],
  [7, 'paragraph', 'وفي سياق متصل'],
  [8, 'paragraph', 'وبحسب الأمين العام'],
  [9, 'paragraph', 'وبيّن أيضاً'],
  [10, 'paragraph', 'من المعروف أنه بتاريخ'],
  [11, 'paragraph', 'بدوره، أعلن رئيس كازاخستان'],
  [12, 'paragraph', 'وبحسب السلطات المحلية'],
  [13, 'heading', 'قائمة موحدة للتنظيمات الإرهابية'],
  [14, 'paragraph', 'وبحسب ستانيسلاف زاس، فإن الوضع'],
  [15, 'paragraph', 'وقال "نعم'],
  [16, 'paragraph', 'يُشار إلى أن فكرة'],
  [17, 'heading', 'توسّع منظمة معاهدة الأمن الجماعي'],
  [18, 'paragraph', 'وفي سياق آخر'],
  [19, 'paragraph', 'وأضاف: "ينبغي'],
  [20, 'paragraph', 'هذا ويُذكر'],
  [21, 'related', 'مجموعة الرؤية الاستراتيجية'],
  [22, 'credit', 'Photo : Creative Commons'],
  [23, 'source', 'المصدر: تاس'],
];

/** Raw texts with awkward line endings and spacing, and the canonical text they must give. */
export const whitespaceCases: { name: string; raw: string; canonical: string; lines: number[] }[] =
  [
    { name: 'CRLF line ends', raw: 'أ.\r\nب.\r\n', canonical: 'أ.\nب.', lines: [1, 2] },
    { name: 'lone CR line ends', raw: 'أ.\rب.', canonical: 'أ.\nب.', lines: [1, 2] },
    { name: 'trailing spaces and tabs', raw: 'أ.  \t\nب. \n', canonical: 'أ.\nب.', lines: [1, 2] },
    { name: 'leading BOM', raw: '\uFEFFأ.\nب.', canonical: 'أ.\nب.', lines: [1, 2] },
    { name: 'blank lines skipped', raw: 'أ.\n\n  \nب.', canonical: 'أ.\nب.', lines: [1, 4] },
    { name: 'leading spaces', raw: '  أ.\n\tب.', canonical: 'أ.\nب.', lines: [1, 2] },
  ];
