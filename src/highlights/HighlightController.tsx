import { useCallback, useEffectEvent, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { describe } from '../anchoring/describe';
import type { TextRange } from '../anchoring/selectors';
import type { ArticleDocument } from '../document/article-document';
import { useActiveAnnotation } from '../annotations/ActiveAnnotationProvider';
import { useAnnotationActions } from '../annotations/use-annotation-actions';
import { useCopyQuote } from '../annotations/use-copy-quote';
import type { AnnotationRecord, HighlightColor } from '../storage/annotation-record';
import { useNotices } from '../ui/NoticeProvider';
import { SelectionToolbar } from './SelectionToolbar';
import { useArticleSelection } from './use-article-selection';
import { isTextEntry } from '../ui/is-text-entry';

interface HighlightControllerProps {
  doc: ArticleDocument;
  article: HTMLElement | null;
  /** Keep the exact selection instead of snapping to whole words. */
  keepExact?: boolean;
  /**
   * The selection there when this mounts was dragged out with Alt held (seen by
   * `useSelectionIntent`, as this code loads with the first selection): keep it exact.
   */
  firstExact?: boolean;
  /** Opens the note editor of an annotation (and the notes panel it lives in). */
  onOpenEditor: (id: string) => void;
  /** Adds the selection to the document's own timeline; without it, no "Add to timeline". */
  onAddToTimeline?: (range: TextRange) => void;
}

/**
 * Turns selections in the article into highlights: shows the selection toolbar, and handles
 * the shortcuts `h` (highlight), `n` (highlight and open the note editor) and Escape.
 */
export function HighlightController({
  doc,
  article,
  keepExact = false,
  firstExact = false,
  onOpenEditor,
  onAddToTimeline,
}: HighlightControllerProps) {
  const { t } = useTranslation();
  const notices = useNotices();
  const { perform } = useAnnotationActions();
  const { edit } = useActiveAnnotation();
  const toolbar = useRef<HTMLDivElement | null>(null);
  const lastColor = useRef<HighlightColor>('yellow');
  const keepWhile = useCallback(() => !!toolbar.current?.contains(document.activeElement), []);
  const [selection, clear, currentRange] = useArticleSelection(article, doc.text, {
    keepExact,
    keepWhile,
    firstExact,
  });

  const create = useCallback(
    async (shown: TextRange, color: HighlightColor, withNote: boolean) => {
      // The live selection wins over the one the toolbar was drawn for, if it moved since.
      const range = currentRange() ?? shown;
      lastColor.current = color;
      const now = new Date().toISOString();
      const record: AnnotationRecord = {
        id: crypto.randomUUID(),
        documentId: doc.meta.id,
        target: describe(range, doc.text),
        color,
        note: '',
        tags: [],
        created: now,
        modified: now,
        deleted: null,
      };
      clear();
      if (withNote) onOpenEditor(record.id);
      try {
        await perform({ kind: 'create', record });
        if (!withNote) notices.info(t('highlight.created'));
      } catch {
        // The failure is already shown (and rolled back) by perform.
        if (withNote) edit(null);
      }
    },
    [doc, clear, currentRange, edit, onOpenEditor, perform, notices, t],
  );

  // Loaded while the reader decides, so copying stays inside the click's user activation.
  const copyQuote = useCopyQuote(doc, selection !== null);

  // Keyboard: h / n act on the selection; Tab moves into the toolbar; Escape dismisses. The
  // selection object changes on every selectionchange, scroll and resize frame: the listener
  // reads it through an effect event and is added once per selection shown, before the toolbar
  // is painted: a key pressed as soon as the toolbar shows is never lost.
  const onKeyDown = useEffectEvent((e: KeyboardEvent) => {
    if (!selection || isTextEntry(e.target)) return;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const inToolbar = !!toolbar.current?.contains(document.activeElement);
    // By physical key, so the shortcuts work on an Arabic keyboard layout too (H types ا there).
    const key = e.code === 'KeyH' || e.code === 'KeyN' ? e.code : e.key.toLowerCase();
    if (key === 'KeyH' || key === 'h') {
      e.preventDefault();
      void create(selection.range, lastColor.current, false);
    } else if (key === 'KeyN' || key === 'n') {
      e.preventDefault();
      void create(selection.range, lastColor.current, true);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      clear();
    } else if (e.key === 'Tab' && !e.shiftKey && !inToolbar) {
      e.preventDefault();
      toolbar.current?.querySelector<HTMLButtonElement>('button[tabindex="0"]')?.focus();
    }
  });
  const shown = selection !== null;
  useLayoutEffect(() => {
    if (!shown) return;
    const listener = (e: KeyboardEvent) => onKeyDown(e);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [shown]);

  if (!selection) return null;
  return (
    <SelectionToolbar
      ref={toolbar}
      selection={selection}
      onHighlight={(color) => void create(selection.range, color, false)}
      onAddNote={() => void create(selection.range, lastColor.current, true)}
      onCopyQuote={() => void copyQuote(describe(currentRange() ?? selection.range, doc.text))}
      onAddToTimeline={
        onAddToTimeline &&
        (() => {
          const range = currentRange() ?? selection.range;
          clear();
          onAddToTimeline(range);
        })
      }
    />
  );
}
