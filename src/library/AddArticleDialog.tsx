import { useId, useRef, useState, type ClipboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../ui/ModalDialog';
import {
  clipboardInput,
  type AddArticleInput,
  type ArticleDraft,
  type SaveOutcome,
} from './add-article-input';
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
import { ArticleMetaFields, type MetaEdit } from './ArticleMetaFields';
import { SUPPORTED_EXTENSIONS } from './extract/check-article-input';
import { useArticleExtraction } from './use-article-extraction';
import { useLibraryTranslations } from './use-library-translations';

const ACCEPT = [...SUPPORTED_EXTENSIONS, 'text/plain', 'text/markdown', 'text/html'].join(',');

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
  const id = useId();
  const pasteRef = useRef<HTMLTextAreaElement>(null);
  const [input, setInput] = useState<AddArticleInput | null>(initialInput);
  const [typed, setTyped] = useState(false);
  const [pasteText, setPasteText] = useState(
    initialInput?.kind === 'paste' ? initialInput.text : '',
  );
  const [values, setValues] = useState(EMPTY_VALUES);
  const [edited, setEdited] = useState<ReadonlySet<EditableField>>(new Set());
  const [errors, setErrors] = useState<Partial<Record<ArticleFormField, ArticleFormError>>>({});
  const [saving, setSaving] = useState<Saving>({ status: 'idle' });
  const [missingInput, setMissingInput] = useState(false);
  const { extraction, settled } = useArticleExtraction(input, typed);

  // Prefill from each new extraction, keeping what the reader typed over it.
  const [prefilledFrom, setPrefilledFrom] = useState<typeof extraction | null>(null);
  if (extraction.status === 'done' && prefilledFrom !== extraction) {
    setPrefilledFrom(extraction);
    setValues((current) => prefillForm(current, formValuesFrom(extraction.result.meta), edited));
  }

  const choose = (next: AddArticleInput | null, byTyping: boolean) => {
    setTyped(byTyping);
    setInput(next);
    setSaving({ status: 'idle' });
    setMissingInput(false);
  };

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = clipboardInput(e.clipboardData);
    // Plain text pastes into the box as usual; a web page's rich text is read as HTML.
    if (pasted?.kind !== 'paste' || !pasted.html) return;
    e.preventDefault();
    setPasteText(pasted.text);
    choose(pasted, false);
  };

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
  const failure =
    extraction.status === 'failed' ? extraction.error : missingInput ? 'no-input' : null;
  const done = extraction.status === 'done' ? extraction.result : null;

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
        <div className="add-article__field">
          <label htmlFor={`${id}-paste`}>{t('addArticle.paste')}</label>
          <textarea
            ref={pasteRef}
            id={`${id}-paste`}
            className="add-article__paste"
            rows={6}
            dir="auto"
            value={pasteText}
            disabled={busy}
            aria-describedby={`${id}-paste-help`}
            onPaste={onPaste}
            onChange={(e) => {
              setPasteText(e.target.value);
              choose(
                e.target.value ? { kind: 'paste', text: e.target.value, html: null } : null,
                true,
              );
            }}
          />
          <p id={`${id}-paste-help`} className="add-article__help">
            {t('addArticle.pasteHelp')}
          </p>
        </div>
        <p className="add-article__or">{t('addArticle.or')}</p>
        <div className="add-article__field">
          <label htmlFor={`${id}-file`}>{t('addArticle.file')}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept={ACCEPT}
            disabled={busy}
            aria-describedby={`${id}-file-help`}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              setPasteText('');
              choose({ kind: 'file', file }, false);
            }}
          />
          <p id={`${id}-file-help`} className="add-article__help">
            {t('addArticle.fileHelp')}
          </p>
        </div>
        <div role="status" className="add-article__status">
          {input?.kind === 'file' ? (
            <p>{t('addArticle.fromFile', { name: input.file.name })}</p>
          ) : null}
          {extraction.status === 'reading' ? <p>{t('addArticle.reading')}</p> : null}
          {done ? <p>{t('addArticle.found', { count: done.blocks.length })}</p> : null}
          {done?.notices.map((notice) => (
            <p key={notice}>{t(`addArticle.notices.${notice}`)}</p>
          ))}
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
