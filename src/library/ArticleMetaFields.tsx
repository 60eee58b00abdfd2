import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ARTICLE_LANGUAGES,
  type ArticleFormError,
  type ArticleFormField,
  type ArticleFormValues,
  type ArticleLanguage,
} from './article-form';

/** A field the reader can edit, and the value they typed. */
export type MetaEdit =
  | { field: 'title' | 'sourceUrl' | 'author' | 'published'; value: string }
  | { field: 'language'; value: ArticleLanguage };

interface ArticleMetaFieldsProps {
  values: ArticleFormValues;
  errors: Partial<Record<ArticleFormField, ArticleFormError>>;
  onEdit: (edit: MetaEdit) => void;
  disabled: boolean;
}

/**
 * The article's metadata, prefilled from the input and editable: Title, Source URL, Author,
 * Published (a date field, with a note while its date is a guess) and Language. Each field's
 * error, if any, is named by the field (`aria-describedby`) and marks it `aria-invalid`.
 */
export function ArticleMetaFields({ values, errors, onEdit, disabled }: ArticleMetaFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const described = (field: ArticleFormField, ...more: (string | false)[]) => {
    const ids = [errors[field] && `${id}-${field}-error`, ...more].filter(Boolean);
    return ids.length ? ids.join(' ') : undefined;
  };
  const errorOf = (field: ArticleFormField) => {
    const code = errors[field];
    return code ? (
      <p id={`${id}-${field}-error`} className="add-article__field-error">
        {t(`addArticle.fieldErrors.${code}`)}
      </p>
    ) : null;
  };
  const text = (field: 'title' | 'sourceUrl' | 'author', label: string, type = 'text') => (
    <div className="add-article__field">
      <label htmlFor={`${id}-${field}`}>{label}</label>
      <input
        id={`${id}-${field}`}
        type={type}
        value={values[field]}
        dir="auto"
        disabled={disabled}
        aria-invalid={field !== 'author' && errors[field] ? true : undefined}
        aria-describedby={field === 'author' ? undefined : described(field)}
        onChange={(e) => onEdit({ field, value: e.target.value })}
      />
      {field === 'author' ? null : errorOf(field)}
    </div>
  );

  return (
    <fieldset className="add-article__meta" disabled={disabled}>
      <legend>{t('addArticle.details')}</legend>
      {text('title', t('addArticle.titleField'))}
      {text('sourceUrl', t('addArticle.sourceUrl'), 'url')}
      {text('author', t('addArticle.author'))}
      <div className="add-article__field">
        <label htmlFor={`${id}-published`}>{t('addArticle.published')}</label>
        <input
          id={`${id}-published`}
          type="date"
          value={values.published}
          aria-invalid={errors.published ? true : undefined}
          aria-describedby={described(
            'published',
            values.publishedGuessed && values.published !== '' && `${id}-guessed`,
          )}
          onChange={(e) => onEdit({ field: 'published', value: e.target.value })}
        />
        {values.publishedGuessed && values.published ? (
          <p id={`${id}-guessed`} className="add-article__guess">
            {t('addArticle.publishedGuessed')}
          </p>
        ) : null}
        {errorOf('published')}
      </div>
      <div className="add-article__field">
        <label htmlFor={`${id}-language`}>{t('addArticle.language')}</label>
        <select
          id={`${id}-language`}
          value={values.language}
          onChange={(e) => {
            const value = ARTICLE_LANGUAGES.find((language) => language === e.target.value);
            if (value) onEdit({ field: 'language', value });
          }}
        >
          {ARTICLE_LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`addArticle.languages.${language}`)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
