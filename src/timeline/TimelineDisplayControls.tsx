import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DIGIT_SYSTEMS, MONTH_NAME_SYSTEMS, type TimelineDisplay } from './timeline-settings';

const MONTH_LABELS = {
  both: 'timeline.monthNamesBoth',
  western: 'timeline.monthNamesWestern',
  levantine: 'timeline.monthNamesLevantine',
} as const;

const DIGIT_LABELS = { latn: 'timeline.digitsLatn', arab: 'timeline.digitsArab' } as const;

/** The two choices for writing Arabic dates: month naming system and digits. */
export function TimelineDisplayControls({
  value,
  onChange,
}: {
  value: TimelineDisplay;
  onChange: (next: TimelineDisplay) => void;
}) {
  const { t } = useTranslation();
  const ids = { months: useId(), digits: useId() };
  return (
    <fieldset className="timeline__display">
      <legend>{t('timeline.display')}</legend>
      <div className="field timeline__months">
        <label htmlFor={ids.months}>{t('timeline.monthNames')}</label>
        <select
          id={ids.months}
          value={value.monthNames}
          onChange={(e) => {
            const monthNames = MONTH_NAME_SYSTEMS.find((m) => m === e.target.value);
            if (monthNames) onChange({ ...value, monthNames });
          }}
        >
          {MONTH_NAME_SYSTEMS.map((m) => (
            <option key={m} value={m}>
              {t(MONTH_LABELS[m])}
            </option>
          ))}
        </select>
      </div>
      <div className="field timeline__digits">
        <label htmlFor={ids.digits}>{t('timeline.digits')}</label>
        <select
          id={ids.digits}
          value={value.digits}
          onChange={(e) => {
            const digits = DIGIT_SYSTEMS.find((d) => d === e.target.value);
            if (digits) onChange({ ...value, digits });
          }}
        >
          {DIGIT_SYSTEMS.map((d) => (
            <option key={d} value={d}>
              {t(DIGIT_LABELS[d])}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
