import { useTranslation } from 'react-i18next';
import { ArticleFailure, type ArticleFailureCode } from './document-failure';

const MESSAGE_KEY = {
  'seed-missing': 'errors.seedMissing',
  'seed-empty': 'errors.seedEmpty',
  'meta-missing': 'errors.metaMissing',
  'meta-invalid': 'errors.metaInvalid',
  'not-found': 'errors.notFound',
  unknown: 'errors.unknown',
} as const satisfies Record<ArticleFailureCode, string>;

interface ArticleStatusProps {
  /** The query's error, or null while loading. */
  error: Error | null;
  onRetry: () => void;
}

/** Loading state, or a translated error with a retry button. */
export function ArticleStatus({ error, onRetry }: ArticleStatusProps) {
  const { t } = useTranslation();
  if (!error) {
    return (
      <p className="article-status" role="status">
        {t('app.loading')}
      </p>
    );
  }
  const code: ArticleFailureCode = error instanceof ArticleFailure ? error.code : 'unknown';
  return (
    <div className="article-status article-status--error" role="alert">
      <h1>{t('errors.title')}</h1>
      <p>{t(MESSAGE_KEY[code])}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('errors.retry')}
      </button>
    </div>
  );
}
