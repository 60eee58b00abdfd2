import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveAnnotation } from '../annotations/ActiveAnnotationProvider';
import { useAnnotationSets } from '../annotations/use-annotation-sets';
import { useAnnotationActions } from '../annotations/use-annotation-actions';
import type { ArticleDocument } from '../article/article-document';
import { ArticleView } from '../article/ArticleView';
import { useReadingPosition } from '../article/use-reading-position';
import { createDecorationGrouper } from '../article/group-decorations';
import { focusHighlight } from '../highlights/focus-highlight';
import { HighlightController } from '../highlights/HighlightController';
import { highlightDecorations } from '../highlights/highlight-decorations';
import { NotesPanel } from '../notes/NotesPanel';
import { useReadingSettings } from '../settings/SettingsProvider';
import { useNotices } from '../ui/NoticeProvider';
import { PanelTabs, type PanelId } from './PanelTabs';
import { Sidebar } from './Sidebar';
import { articleDates } from './article-dates';
import { locationTarget } from './location-target';
import { ResumeNote } from './ResumeNote';
import { StorageBanner } from './StorageBanner';
import { useLinkedQuote } from './use-linked-quote';

/** The loaded article with its highlights, toolbar and the two sidebars. */
export function Reader({ doc }: { doc: ArticleDocument }) {
  const { t } = useTranslation();
  const [article, setArticle] = useState<HTMLElement | null>(null);
  const [openPanel, setOpenPanel] = useState<PanelId | null>(null);
  const closePanel = useCallback(() => setOpenPanel(null), []);
  const sets = useAnnotationSets(doc);
  const { edit } = useActiveAnnotation();
  const { undo } = useAnnotationActions();
  const notices = useNotices();
  const { settings } = useReadingSettings();

  // An address that points into the article (#b7, a copied quote link) wins over the saved position.
  const target = useMemo(() => locationTarget(location.hash, doc), [doc]);
  const linkedQuote = useLinkedQuote(doc, target);
  const dates = useMemo(() => articleDates(doc), [doc]);
  // Unchanged blocks keep identical decorations across renders, so they skip re-rendering.
  const grouper = useMemo(() => createDecorationGrouper(doc.blocks), [doc.blocks]);
  const decorations = useMemo(
    () =>
      grouper.group({
        highlights: highlightDecorations(sets.anchored),
        hits: linkedQuote ? [{ key: 'quote-link', ...linkedQuote, current: true }] : [],
        dates,
        passages: [],
      }),
    [grouper, sets.anchored, dates, linkedQuote],
  );

  // Opening an editor also opens the notes drawer it lives in (on a phone).
  const openEditor = useCallback(
    (id: string) => {
      edit(id);
      setOpenPanel('notes');
    },
    [edit],
  );

  // A highlight is activated by click, Enter or Space: open its note editor.
  useEffect(() => {
    if (!article) return;
    const activate = (e: Event) => {
      const mark = (e.target as Element | null)?.closest?.('mark.highlight');
      if (!(mark instanceof HTMLElement)) return;
      if (e instanceof KeyboardEvent && e.key !== 'Enter' && e.key !== ' ') return;
      // A click that ends a selection is a selection, not an activation.
      if (e.type === 'click' && !document.getSelection()?.isCollapsed) return;
      const id =
        mark.dataset.starts?.split(' ')[0] ?? mark.dataset.annotationIds?.split(' ').at(-1);
      if (!id) return;
      e.preventDefault();
      openEditor(id);
    };
    article.addEventListener('click', activate);
    article.addEventListener('keydown', activate);
    return () => {
      article.removeEventListener('click', activate);
      article.removeEventListener('keydown', activate);
    };
  }, [article, openEditor]);

  // Ctrl/Cmd+Z undoes the last annotation action, except inside text fields (their own undo).
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey || e.code !== 'KeyZ') return;
      if ((e.target as Element | null)?.closest?.('input, textarea, [contenteditable="true"]'))
        return;
      e.preventDefault();
      void undo().then((done) =>
        notices.info(t(done ? 'highlight.undone' : 'highlight.nothingToUndo')),
      );
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [undo, notices, t]);

  const goTo = useCallback(
    (id: string) => {
      setOpenPanel(null);
      if (article) focusHighlight(article, id);
    },
    [article],
  );

  const restored = useReadingPosition(doc, article, target !== null);
  useEffect(() => {
    if (!article || target?.kind !== 'block') return;
    document.getElementById(target.blockId)?.scrollIntoView({ block: 'start' });
  }, [article, target]);
  useEffect(() => {
    if (article && linkedQuote)
      article.querySelector('mark[data-hit="quote-link"]')?.scrollIntoView({ block: 'center' });
  }, [article, linkedQuote]);

  const liveCount = sets.anchored.length + sets.orphans.length;

  return (
    <>
      <StorageBanner />
      {restored && <ResumeNote onBackToStart={() => window.scrollTo({ top: 0 })} />}
      <div className="layout">
        <main id="main" className="layout__main" tabIndex={-1}>
          <ArticleView
            document={doc}
            decorations={decorations}
            showHarakat={settings.showHarakat}
            ref={setArticle}
          />
          <HighlightController doc={doc} article={article} onOpenEditor={openEditor} />
        </main>
        <Sidebar
          id="timeline"
          title={t('layout.timeline')}
          open={openPanel === 'timeline'}
          onClose={closePanel}
        >
          <p className="sidebar__placeholder">{t('layout.timelinePlaceholder')}</p>
        </Sidebar>
        <Sidebar
          id="notes"
          title={t('layout.notes')}
          subtitle={t('notes.count', { count: liveCount })}
          open={openPanel === 'notes'}
          onClose={closePanel}
        >
          <NotesPanel sets={sets} onGoTo={goTo} />
        </Sidebar>
      </div>
      <PanelTabs open={openPanel} onToggle={(id) => setOpenPanel((o) => (o === id ? null : id))} />
    </>
  );
}
