import { prerenderToNodeStream } from 'react-dom/static';
import { seedDocumentSource } from '../document/article-source';
import { BUILT_IN_DOCUMENT_ID } from '../document/built-in-document';
import { createI18nWith } from '../i18n/create-i18n';
import ar from '../i18n/locales/ar.json';
import { AppRoot } from './AppRoot';
import { loadFirstScreen } from './load-first-screen';
import { PRERENDERED_LANGUAGE } from './prerendered';
import { createQueryClient } from './query-client';

/** The built-in article's files, as read from `seeds/` by the build. */
export interface PrerenderFiles {
  /** The article source's cache key (the same as the browser's, so the query keys agree). */
  key: string;
  text: string;
  meta: unknown;
  timeline: unknown;
}

/**
 * Renders the app for a first visit with nothing stored (Arabic UI, no highlights yet) to the
 * HTML that goes inside `#root`. Runs at build time in Node (see `vite.config.ts`); waits for
 * every lazy part, so the header, the article and the timeline are all in the markup.
 */
export async function prerenderApp(files: PrerenderFiles): Promise<string> {
  const source = seedDocumentSource({
    key: files.key,
    loadText: () => Promise.resolve(files.text),
    loadMeta: () => Promise.resolve(files.meta),
    loadTimeline: () => Promise.resolve(files.timeline),
  });
  const queryClient = createQueryClient();
  await loadFirstScreen(queryClient, source, BUILT_IN_DOCUMENT_ID);
  const i18n = createI18nWith(PRERENDERED_LANGUAGE, { ar });
  const { prelude } = await prerenderToNodeStream(
    <AppRoot queryClient={queryClient} i18n={i18n} documentSource={source} />,
  );
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  return html;
}
