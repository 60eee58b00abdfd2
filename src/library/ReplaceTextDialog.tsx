import { useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleDocument } from '../document/article-document';
import { buildDocument } from '../document/build-document';
import {
  planTextReplacement,
  type AnchoredItem,
  type ReplaceTextPlan,
  type ReplaceTextResult,
} from '../document/replace-text-plan';
import { ModalDialog } from '../ui/ModalDialog';
import { ReplacePreview } from './ReplacePreview';
import type { ExtractedBlock } from './extract/extracted-article';
import { ArticleInputFields, ArticleInputStatus } from './ArticleInputFields';
import { inputFailure, useArticleInput } from './use-article-input';
import { useLibraryTranslations } from './use-library-translations';

export interface ReplaceTextDialogProps {
  /** The document whose text is replaced, as the reader sees it now. */
  doc: ArticleDocument;
  /** Everything anchored in its text: its annotations, trashed ones included. */
  items: readonly AnchoredItem[];
  /** Writes the plan in one transaction; rejects when nothing was written. */
  onReplace: (plan: ReplaceTextPlan) => Promise<void>;
  /** The message for a rejected write (a storage error's translated reason). */
  describeError: (cause: unknown) => string;
  onCancel: () => void;
  returnFocus?: RefObject<HTMLElement | null>;
}

/** The plan for replacing `doc`'s text with `blocks` (built as when adding), or why not. */
function planFor(
  doc: ArticleDocument,
  items: readonly AnchoredItem[],
  blocks: readonly ExtractedBlock[],
): ReplaceTextResult {
  const next = buildDocument(doc.meta, blocks);
  return planTextReplacement({ id: doc.meta.id, text: doc.text }, items, next);
}

/**
 * "Replace text": a newer version of the document, pasted or from a file (read as "Add
 * article" reads it), then a preview of what happens to its highlights and notes (how many
 * stay, move, are found approximately, and which go to Unanchored, by quote) before Replace
 * writes it. An empty or identical text is refused with a message; Cancel writes nothing.
 */
export function ReplaceTextDialog({
  doc,
  items,
  onReplace,
  describeError,
  onCancel,
  returnFocus,
}: ReplaceTextDialogProps) {
  useLibraryTranslations();
  const { t } = useTranslation();
  const pasteRef = useRef<HTMLTextAreaElement>(null);
  const articleInput = useArticleInput(null);
  const { extraction, settled, setMissingInput } = articleInput;
  const [saving, setSaving] = useState<'idle' | 'saving' | { failed: string }>('idle');
  const result = useMemo(
    () => (extraction.status === 'done' ? planFor(doc, items, extraction.result.blocks) : null),
    [doc, items, extraction],
  );
  const plan = result?.ok ? result.plan : null;

  const replace = async () => {
    // A press before the preview is drawn shows it first: nothing is written unseen.
    if (!plan) {
      const outcome = await settled();
      if (outcome.status === 'failed' && outcome.error === 'no-input') setMissingInput(true);
      return;
    }
    setSaving('saving');
    try {
      await onReplace(plan);
    } catch (cause) {
      setSaving({ failed: describeError(cause) });
    }
  };

  const busy = saving === 'saving';
  const failure = inputFailure(articleInput);
  const refusal = result && !result.ok ? result.code : null;

  return (
    <ModalDialog title={t('replaceText.title')} onCancel={onCancel} returnFocus={returnFocus}>
      <form
        className="add-article"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void replace();
        }}
      >
        <p className="add-article__help">{t('replaceText.intro', { title: doc.meta.title })}</p>
        <ArticleInputFields
          state={articleInput}
          disabled={busy}
          pasteRef={pasteRef}
          onChoose={() => setSaving('idle')}
        />
        <div role="status" className="add-article__status">
          <ArticleInputStatus state={articleInput} />
        </div>
        <div role="alert" className="add-article__alert">
          {failure ? <p>{t(`addArticle.errors.${failure}`)}</p> : null}
          {refusal ? <p>{t(`replaceText.refused.${refusal}`)}</p> : null}
          {typeof saving === 'object' ? (
            <p>{t('replaceText.failed', { reason: saving.failed })}</p>
          ) : null}
        </div>
        {plan ? <ReplacePreview plan={plan} doc={doc} /> : null}
        <div className="modal__actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('replaceText.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('replaceText.replacing') : t('replaceText.replace')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
