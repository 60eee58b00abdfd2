import { useCallback, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextRange } from '../anchoring/selectors';
import { useNotices } from '../ui/NoticeProvider';
import { selectText } from './select-text';

/**
 * Closing the find bar leaves its current hit selected in `article`, once the hit marks are gone
 * from the page, so a keyboard user can highlight what they found or extend it with
 * Shift+arrows. Returns the bar's `onClose` (given the hit to select, or null).
 */
export function useSelectAfterFind(
  article: HTMLElement | null,
  findOpen: boolean,
): (hit: TextRange | null) => void {
  const { t } = useTranslation();
  const notices = useNotices();
  const pending = useRef<TextRange | null>(null);
  useLayoutEffect(() => {
    const hit = pending.current;
    if (!article || !hit || findOpen) return;
    pending.current = null;
    if (selectText(article, hit)) notices.info(t('find.selected'));
  }, [article, findOpen, notices, t]);
  return useCallback((hit: TextRange | null) => {
    pending.current = hit;
  }, []);
}
