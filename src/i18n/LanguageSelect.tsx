import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, isUiLanguage } from './languages';
import { useUiLanguage } from './use-ui-language';

/** The visible language switch, a select named "Language". */
export function LanguageSelect() {
  const { t } = useTranslation();
  const [language, setLanguage] = useUiLanguage();
  const id = useId();
  return (
    <div className="field field--inline">
      <label htmlFor={id} className="hide-when-narrow">
        {t('language.label')}
      </label>
      <select
        id={id}
        value={language}
        onChange={(e) => {
          if (isUiLanguage(e.target.value)) void setLanguage(e.target.value);
        }}
      >
        {UI_LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
