import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnotationActions } from '../annotations/use-annotation-actions';
import { useNotices } from '../ui/NoticeProvider';

/** Ctrl/Cmd+Z undoes the last annotation action, except inside text fields (they have their own undo). */
export function useUndoShortcut(): void {
  const { t } = useTranslation();
  const { undo } = useAnnotationActions();
  const notices = useNotices();
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
}
