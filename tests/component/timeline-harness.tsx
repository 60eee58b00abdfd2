import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { vi } from 'vitest';
import { createQueryClient } from '../../src/app/query-client';
import { seedDocumentSource, type ArticleSource } from '../../src/document/article-source';
import { DocumentSourceContext } from '../../src/document/use-document';
import { createI18n } from '../../src/i18n/init-i18n';
import type { UiLanguage } from '../../src/i18n/languages';
import { applyDocumentLanguage } from '../../src/i18n/document-language';
import { TimelinePanel, type TimelinePanelProps } from '../../src/timeline/TimelinePanel';
import { seedArticle } from '../seed-article';
import { seedSource } from './render-app';

/** The real article, parsed. */
export const articleDoc = seedArticle();
/** The real article's canonical text. */
export const articleText = articleDoc.text;

/**
 * Renders the timeline panel alone, with a fresh query cache, i18n in `language` and the seed
 * files (or `source`), as the reader's sidebar would hold it.
 */
export function renderTimeline({
  language = 'ar',
  source = seedSource,
  ...overrides
}: { language?: UiLanguage; source?: ArticleSource } & Partial<TimelinePanelProps> = {}) {
  applyDocumentLanguage(language);
  const queryClient = createQueryClient();
  const i18n = createI18n(language);
  const props: TimelinePanelProps = {
    doc: articleDoc,
    currentEventId: null,
    onActivate: vi.fn(),
    notesByEvent: new Map(),
    ...overrides,
  };
  const ui = (p: TimelinePanelProps) => (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <DocumentSourceContext value={seedDocumentSource(source)}>
          <TimelinePanel {...p} />
        </DocumentSourceContext>
      </I18nextProvider>
    </QueryClientProvider>
  );
  const view = render(ui(props));
  return {
    ...view,
    props,
    i18n,
    /** Re-renders with some props changed, as the reader does when state changes. */
    update: (changes: Partial<TimelinePanelProps>) => view.rerender(ui({ ...props, ...changes })),
  };
}
