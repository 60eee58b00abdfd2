import type { ArticleDocument } from '../document/article-document';
import { escapeHtml } from './escape-html';
import type { ExportOptions } from './export-options';
import { exportableAnnotations } from './export-order';
import { eventDateText, exportableEvents } from './export-timeline';
import type { AnnotationRecord, HighlightColor } from './record-contract';
import { noteLanguage, textDirection } from './text-direction';

/** Swatch and mark colors of the downloaded page (light backgrounds that keep text readable). */
const COLOR_VALUES: Record<HighlightColor, string> = {
  yellow: '#fde68a',
  green: '#bbf7d0',
  blue: '#bfdbfe',
  pink: '#fbcfe8',
  purple: '#ddd6fe',
};

// A downloaded file cannot use the app's stylesheet; logical properties only, as in the app.
/** The downloaded page's stylesheet (shared with the all-notes file). */
export const STYLE = `
body { font-family: "Noto Naskh Arabic", "Geeza Pro", "Segoe UI", Tahoma, sans-serif;
  line-height: 1.7; max-inline-size: 46rem; margin-block: 2rem; margin-inline: auto;
  padding-inline: 1rem; color: #1f2937; background: #fff; }
header { border-block-end: 1px solid #e5e7eb; margin-block-end: 1.5rem; }
h1 { font-size: 1.5rem; line-height: 1.4; }
.meta { color: #4b5563; font-size: 0.9rem; }
.meta span + span::before { content: " · "; }
article { border-block-end: 1px solid #f3f4f6; padding-block: 1rem; }
blockquote { margin: 0; padding-inline-start: 0.75rem; border-inline-start: 4px solid #d1d5db; }
mark { color: inherit; padding-inline: 0.1em; }
.swatch { display: inline-block; inline-size: 0.8em; block-size: 0.8em; border-radius: 50%;
  margin-inline-end: 0.4em; vertical-align: middle; border: 1px solid rgb(0 0 0 / 0.2); }
.note { white-space: pre-wrap; text-align: start; }
.tags { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4rem; }
.tags li { background: #f3f4f6; border-radius: 0.25rem; padding-inline: 0.4rem; }
.event { color: #4b5563; font-size: 0.9rem; }
${(Object.keys(COLOR_VALUES) as HighlightColor[])
  .map((c) => `.c-${c} { background: ${COLOR_VALUES[c]}; }`)
  .join('\n')}
`;

/** Added to the page's style when it lists timeline events. */
const TIMELINE_STYLE = `.timeline ol { padding-inline-start: 1.25rem; }
.timeline time { color: #4b5563; margin-inline-end: 0.5em; }
`;

/**
 * The document's live annotations as one standalone HTML page (UTF-8, inline style, no script):
 * in the document's language and direction (`<html lang="ar" dir="rtl">` for an Arabic one), the
 * title, site name, date and source, then each quote marked
 * in its color with its note, tags and timeline event, then the document's own timeline events
 * (date and title, in timeline order). Every user-provided string is escaped, so
 * markup in a note shows as text. Arabic notes are `dir="rtl" lang="ar"`, others `dir="auto"`
 * with their language ('en' or 'und').
 */
export function buildHtml(
  annotations: readonly AnnotationRecord[],
  doc: ArticleDocument,
  options: ExportOptions,
): string {
  const { meta } = doc;
  const textLangDir = `lang="${escapeHtml(meta.language)}" dir="${meta.direction}"`;
  const articles = exportableAnnotations(annotations, doc).map((a) =>
    annotationHtml(a, textLangDir, options),
  );
  const details = [
    ...(meta.siteName === null ? [] : [`<span>${escapeHtml(meta.siteName)}</span>`]),
    ...(meta.published === null
      ? []
      : [
          `<span><time dir="ltr" datetime="${escapeHtml(meta.published.value)}">${escapeHtml(meta.published.value)}</time></span>`,
        ]),
    `<span dir="ltr">${sourceHtml(meta.source, options.url)}</span>`,
  ];
  return `<!doctype html>
<html ${textLangDir}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(meta.title)}</title>
<style>${STYLE}${exportableEvents(options.timeline).length > 0 ? TIMELINE_STYLE : ''}</style>
</head>
<body>
<header>
<h1>${escapeHtml(meta.title)}</h1>
<p class="meta">${details.join('')}</p>
<p class="meta"><time dir="ltr" datetime="${options.now.toISOString()}">${options.now.toISOString()}</time></p>
</header>
<main>
${[...articles, ...timelineHtml(options, textLangDir)].join('\n')}
</main>
</body>
</html>
`;
}

/** The document's own timeline as a headed list; none when it has no events. */
function timelineHtml(options: ExportOptions, textLangDir: string): string[] {
  const events = exportableEvents(options.timeline);
  if (events.length === 0) return [];
  const items = events.map((event) => {
    const date = eventDateText(event);
    const time =
      date === null || !event.date
        ? ''
        : `<time dir="ltr" datetime="${escapeHtml(event.date.value)}">${escapeHtml(date)}</time>`;
    return `<li id="e-${escapeHtml(event.id)}">${time}<span ${textLangDir}>${escapeHtml(event.title)}</span></li>`;
  });
  const heading = escapeHtml(options.timelineHeading ?? '🗓');
  return [
    `<section class="timeline">\n<h2>${heading}</h2>\n<ol>\n${items.join('\n')}\n</ol>\n</section>`,
  ];
}

function sourceHtml(source: string, url: string | undefined): string {
  // Only http(s) addresses become links; anything else (a URN, a javascript: URL) stays text.
  if (url && /^https?:\/\//i.test(url)) {
    return `<a href="${escapeHtml(url)}">${escapeHtml(source)}</a>`;
  }
  return escapeHtml(source);
}

/** One annotation as an `<article>` of the page: quote in `textLangDir`, note, tags, event. */
export function annotationHtml(
  record: AnnotationRecord,
  textLangDir: string,
  options: ExportOptions,
): string {
  // The type says HighlightColor, but a record read back from storage is data: trust only known names.
  const color: HighlightColor = record.color in COLOR_VALUES ? record.color : 'yellow';
  // A document-level note has no quote.
  const parts = record.target
    ? [
        `<blockquote ${textLangDir}><span class="swatch c-${color}" aria-hidden="true"></span><mark class="c-${color}">${escapeHtml(record.target.quote.exact)}</mark></blockquote>`,
      ]
    : [];
  if (record.note !== '') {
    const rtl = textDirection(record.note) === 'rtl';
    const dirLang = rtl ? 'dir="rtl" lang="ar"' : `dir="auto" lang="${noteLanguage(record.note)}"`;
    parts.push(`<p class="note" ${dirLang}>${escapeHtml(record.note)}</p>`);
  }
  if (record.tags.length > 0) {
    const items = record.tags.map((t) => `<li dir="auto">${escapeHtml(t)}</li>`).join('');
    parts.push(`<ul class="tags">${items}</ul>`);
  }
  const event = options.eventFor?.(record);
  if (event) parts.push(`<p class="event" dir="auto">${escapeHtml(event.title)}</p>`);
  return `<article id="a-${escapeHtml(record.id)}" data-color="${color}">\n${parts.join('\n')}\n</article>`;
}
