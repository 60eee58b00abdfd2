import type { ExtractedBlock } from '../../../../src/library/extract/extracted-article';

const p = (text: string): ExtractedBlock => ({ kind: 'paragraph', text });
const h = (text: string): ExtractedBlock => ({ kind: 'heading', text });
const li = (text: string): ExtractedBlock => ({ kind: 'list-item', text });
const q = (text: string): ExtractedBlock => ({ kind: 'quote', text });

/** Clipboard `text/html` as browsers and editors put it, and the blocks it must give. */
export const fragmentCases: { name: string; html: string; blocks: ExtractedBlock[] }[] = [
  {
    name: 'Chromium copy of an Arabic article part: heading, paragraphs, list, quote',
    html:
      '<meta charset=\'utf-8\'><h2 style="color: rgb(0, 0, 0); font-family: Tahoma;">' +
      'فريق الاستجابة للأزمات</h2><p style="text-align: right;">قال <b>زاس</b> إن ' +
      '<a href="https://tass.ru/x">مجموعة العمل</a> تعمل.</p><ul style="margin: 0;">' +
      '<li>أرمينيا</li><li><span>بيلاروسيا</span></li></ul><blockquote><p>"على الحدود ' +
      'الغربية"</p></blockquote><span style="font-size: 12px;">نص أخير</span>',
    blocks: [
      h('فريق الاستجابة للأزمات'),
      p('قال زاس إن مجموعة العمل تعمل.'),
      li('أرمينيا'),
      li('بيلاروسيا'),
      q('"على الحدود الغربية"'),
      p('نص أخير'),
    ],
  },
  {
    name: 'Firefox/Windows StartFragment comments and a wrapping html/body',
    html:
      '<html><body>\r\n<!--StartFragment--><p>الفقرة الأولى.</p>\r\n<p>الفقرة الثانية.</p>' +
      '<!--EndFragment-->\r\n</body></html>',
    blocks: [p('الفقرة الأولى.'), p('الفقرة الثانية.')],
  },
  {
    name: 'Google Docs: a bold wrapper with paragraphs inside',
    html:
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1">' +
      '<p dir="rtl"><span>سطر أول</span></p><p dir="rtl"><span>سطر ثان</span></p></b>',
    blocks: [p('سطر أول'), p('سطر ثان')],
  },
  {
    name: 'Word: namespaced o:p and conditional comments',
    html:
      '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p{}</style></head>' +
      '<body><!--[if gte mso 9]><xml>x</xml><![endif]--><p class=MsoNormal dir=RTL>' +
      'نص من وورد<o:p></o:p></p></body></html>',
    blocks: [p('نص من وورد')],
  },
  {
    name: 'Word lists: the bullet Word draws itself is dropped',
    html: "<p class=MsoListParagraphCxSpFirst dir=RTL><![if !supportLists]><span style='font-family:Symbol;mso-list:Ignore'>·<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span><![endif]>أرمينيا<o:p></o:p></p>",
    blocks: [p('أرمينيا')],
  },
  {
    name: 'br and hr end blocks, divs are paragraphs',
    html: '<div>سطر<br>سطر ثان<br><br>ثالث</div><hr><div>رابع</div>',
    blocks: [p('سطر'), p('سطر ثان'), p('ثالث'), p('رابع')],
  },
  {
    name: 'pre keeps its lines as blocks',
    html: '<pre>  أ  ب\n\nج\n</pre>',
    blocks: [p('أ ب'), p('ج')],
  },
  {
    name: 'a heading inside a list item or a quote takes the container kind',
    html: '<ul><li><h3>عنوان بند</h3><p>نصه</p></li></ul><blockquote><h2>عنوان مقتبس</h2></blockquote>',
    blocks: [li('عنوان بند'), li('نصه'), q('عنوان مقتبس')],
  },
  {
    name: 'scripts, styles, images, iframes, forms, svg, hidden and javascript: links dropped',
    html:
      '<p>قبل<script>alert(1)</script><style>p{}</style><img src=x onerror=alert(1) alt="صورة">' +
      '<iframe src="https://evil.example"></iframe><a href="javascript:alert(1)">اضغط</a>' +
      '<button>زر</button><svg><text>رسم</text></svg><span hidden>مخفي</span>' +
      '<span aria-hidden="true">★</span> بعد</p><form><input value="قيمة"><textarea>نص</textarea></form>',
    blocks: [p('قبل بعد')],
  },
  {
    name: 'table cells are paragraphs',
    html: '<table><tr><th>الدولة</th><td>روسيا</td></tr></table>',
    blocks: [p('الدولة'), p('روسيا')],
  },
  {
    name: 'entities decoded, no-break spaces and newlines in text collapse',
    html: '<p>أ&nbsp;&nbsp;ب\n   ج &amp; د &#1605;</p>',
    blocks: [p('أ ب ج & د م')],
  },
  { name: 'only an image', html: '<img src="https://x.org/a.png">', blocks: [] },
];
