import { useId, type ClipboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { clipboardInput } from './add-article-input';
import { SUPPORTED_EXTENSIONS } from './extract/check-article-input';
import type { ArticleInputState } from './use-article-input';

const ACCEPT = [...SUPPORTED_EXTENSIONS, 'text/plain', 'text/markdown', 'text/html'].join(',');

/**
 * The paste box and the file input of a dialog that reads an article, over
 * {@link ArticleInputState}. `onChoose` is told of each new input after it is taken.
 */
export function ArticleInputFields({
  state,
  disabled,
  pasteRef,
  onChoose,
}: {
  state: ArticleInputState;
  disabled: boolean;
  pasteRef: RefObject<HTMLTextAreaElement | null>;
  onChoose?: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { pasteText, setPasteText, choose } = state;
  const take: ArticleInputState['choose'] = (next, byTyping) => {
    choose(next, byTyping);
    onChoose?.();
  };

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = clipboardInput(e.clipboardData);
    // Plain text pastes into the box as usual; a web page's rich text is read as HTML.
    if (pasted?.kind !== 'paste' || !pasted.html) return;
    e.preventDefault();
    setPasteText(pasted.text);
    take(pasted, false);
  };

  return (
    <>
      <div className="add-article__field">
        <label htmlFor={`${id}-paste`}>{t('addArticle.paste')}</label>
        <textarea
          ref={pasteRef}
          id={`${id}-paste`}
          className="add-article__paste"
          rows={6}
          dir="auto"
          value={pasteText}
          disabled={disabled}
          aria-describedby={`${id}-paste-help`}
          onPaste={onPaste}
          onChange={(e) => {
            setPasteText(e.target.value);
            take(e.target.value ? { kind: 'paste', text: e.target.value, html: null } : null, true);
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
          disabled={disabled}
          aria-describedby={`${id}-file-help`}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            setPasteText('');
            take({ kind: 'file', file }, false);
          }}
        />
        <p id={`${id}-file-help`} className="add-article__help">
          {t('addArticle.fileHelp')}
        </p>
      </div>
    </>
  );
}

/** The lines of the dialog's status about its input: which file, reading, what was found. */
export function ArticleInputStatus({ state }: { state: ArticleInputState }) {
  const { t } = useTranslation();
  const { input, extraction } = state;
  const done = extraction.status === 'done' ? extraction.result : null;
  return (
    <>
      {input?.kind === 'file' ? <p>{t('addArticle.fromFile', { name: input.file.name })}</p> : null}
      {extraction.status === 'reading' ? <p>{t('addArticle.reading')}</p> : null}
      {done ? <p>{t('addArticle.found', { count: done.blocks.length })}</p> : null}
      {done?.notices.map((notice) => (
        <p key={notice}>{t(`addArticle.notices.${notice}`)}</p>
      ))}
    </>
  );
}
