import { useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../ui/ModalDialog';
import type { AddArticleInput, ArticleDraft, SaveOutcome } from './add-article-input';
import {
  checkArticleForm,
  formValuesFrom,
  prefillForm,
  withPublished,
  type ArticleFormError,
  type ArticleFormField,
  type ArticleFormValues,
  type EditableField,
} from './article-form';
import { ArticleInputFields, ArticleInputStatus } from './ArticleInputFields';
import { ArticleMetaFields, type MetaEdit } from './ArticleMetaFields';
import { inputFailure, useArticleInput } from './use-article-input';
import { useLibraryTranslations } from './use-library-translations';

const EMPTY_VALUES: ArticleFormValues = {
  title: '',
  sourceUrl: '',
  author: '',
  published: '',
  publishedGuessed: false,
  language: 'ar',
  siteName: null,
};

type Saving =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'failed'; message: string }
  | { status: 'duplicate'; id: string; title: string };

export interface AddArticleDialogProps {
  /** A paste or file that opened the dialog (dropped or pasted on the library). */
  initialInput?: AddArticleInput | null;
  /** Saves the draft in one write; rejects when nothing was saved. */
  onSave: (draft: ArticleDraft) => Promise<SaveOutcome>;
  /** The message for a rejected save (a storage error's translated reason). */
  describeSaveError: (cause: unknown) => string;
  onSaved: (id: string) => void;
  /** "Open it": the same text is already in the library as `id`. */
  onOpenExisting: (id: string) => void;
  onCancel: () => void;
  returnFocus?: RefObject<HTMLElement | null>;
}

/**
 * "Add article": paste (plain or rich `text/html`) or choose a file; the text is extracted by
 * the lazily loaded extractors, the metadata fields are prefilled from it (a field the reader
 * edited keeps their value) and Save hands the blocks and checked metadata to `onSave`. Every
 * refusal is a translated message and nothing is saved.
 */
export function AddArticleDialog({
  initialInput = null,
  onSave,
  describeSaveError,
  onSaved,
  onOpenExisting,
  onCancel,
  returnFocus,
}: AddArticleDialogProps) {
  useLibraryTranslations();
  const { t } = useTranslation();
  const pasteRef = useRef<HTMLTextAreaElement>(null);
  const articleInput = useArticleInput(initialInput);
  const { extraction, settled, setMissingInput } = articleInput;
  const [values, setValues] = useState(EMPTY_VALUES);
  const [edited, setEdited] = useState<ReadonlySet<EditableField>>(new Set());
  const [errors, setErrors] = useState<Partial<Record<ArticleFormField, ArticleFormError>>>({});
  const [saving, setSaving] = useState<Saving>({ status: 'idle' });

  // Prefill from each new extraction, keeping what the reader typed over it.
  const [prefilledFrom, setPrefilledFrom] = useState<typeof extraction | null>(null);
  if (extraction.status === 'done' && prefilledFrom !== extraction) {
    setPrefilledFrom(extraction);
    setValues((current) => prefillForm(current, formValuesFrom(extraction.result.meta), edited));
  }

  const onEdit = (edit: MetaEdit) => {
    setEdited((current) => new Set(current).add(edit.field));
    setErrors((current) => ({ ...current, [edit.field]: undefined }));
    setValues((current) =>
      edit.field === 'published'
        ? withPublished(current, edit.value)
        : { ...current, [edit.field]: edit.value },
    );
  };

  const save = async () => {
    const outcome = await settled();
    if (outcome.status === 'failed' && outcome.error === 'no-input') setMissingInput(true);
    if (outcome.status !== 'done') return;
    // Save may come before the prefill of a text still being read has been drawn.
    const current =
      prefilledFrom?.status === 'done' && prefilledFrom.result === outcome.result
        ? values
        : prefillForm(values, formValuesFrom(outcome.result.meta), edited);
    setValues(current);
    const check = checkArticleForm(current);
    if (!check.ok) {
      setErrors(check.errors);
      return;
    }
    setSaving({ status: 'saving' });
    try {
      const saved = await onSave({
        blocks: outcome.result.blocks,
        meta: check.meta,
        notices: outcome.result.notices,
      });
      if (saved.kind === 'saved') onSaved(saved.id);
      else setSaving({ status: 'duplicate', id: saved.id, title: saved.title });
    } catch (cause) {
      setSaving({ status: 'failed', message: describeSaveError(cause) });
    }
  };

  const busy = saving.status === 'saving';
  const failure = inputFailure(articleInput);

  return (
    <ModalDialog title={t('addArticle.title')} onCancel={onCancel} returnFocus={returnFocus}>
      <form
        className="add-article"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <ArticleInputFields
          state={articleInput}
          disabled={busy}
          pasteRef={pasteRef}
          onChoose={() => setSaving({ status: 'idle' })}
        />
        <div role="status" className="add-article__status">
          <ArticleInputStatus state={articleInput} />
        </div>
        <div role="alert" className="add-article__alert">
          {failure ? <p>{t(`addArticle.errors.${failure}`)}</p> : null}
          {failure === 'no-article' ? (
            <button type="button" className="button" onClick={() => pasteRef.current?.focus()}>
              {t('addArticle.pasteInstead')}
            </button>
          ) : null}
          {saving.status === 'failed' ? (
            <p>{t('addArticle.saveFailed', { reason: saving.message })}</p>
          ) : null}
          {saving.status === 'duplicate' ? (
            <>
              <p>{t('addArticle.duplicate', { title: saving.title })}</p>
              <button type="button" className="button" onClick={() => onOpenExisting(saving.id)}>
                {t('addArticle.openExisting')}
              </button>
            </>
          ) : null}
        </div>
        <ArticleMetaFields values={values} errors={errors} onEdit={onEdit} disabled={busy} />
        <div className="modal__actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('addArticle.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('addArticle.saving') : t('addArticle.save')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
