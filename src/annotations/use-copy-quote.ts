import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationTarget } from '../anchoring/selectors';
import type { ArticleDocument } from '../document/article-document';
import { useUiLanguage } from '../i18n/use-ui-language';
import { useNotices } from '../ui/NoticeProvider';

/**
 * "Copy quote" for a target in `doc`: the quote with a citation line and a link that reopens
 * the app on it, put on the clipboard, with a notice saying whether it worked. The citation
 * code loads lazily; pass `preload` true while a copy is likely (a selection is shown) so the
 * click's user activation is not spent waiting for it (browsers refuse clipboard writes then).
 */
export function useCopyQuote(
  doc: ArticleDocument,
  preload = false,
): (target: AnnotationTarget) => Promise<void> {
  const { t } = useTranslation();
  const [uiLanguage] = useUiLanguage();
  const notices = useNotices();

  useEffect(() => {
    if (preload) void loadCitation();
  }, [preload]);

  return useCallback(
    async (target: AnnotationTarget) => {
      const [{ formatCitation }, { quoteLinkUrl }] = await loadCitation();
      const url = quoteLinkUrl(location, doc.meta.id, target);
      const ok = await copyText(formatCitation(target, doc, { uiLanguage, url }));
      if (ok) notices.info(t('toolbar.copied'));
      else notices.error(t('toolbar.copyFailed'));
    },
    [doc, uiLanguage, notices, t],
  );
}

const loadCitation = () =>
  Promise.all([import('../export/citation'), import('../export/quote-link')]);

/** Resolves false (never rejects) when the browser refuses, e.g. without a user gesture. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
