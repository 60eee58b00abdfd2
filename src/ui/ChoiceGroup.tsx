import { useId } from 'react';

interface ChoiceGroupProps<T extends string> {
  /** The group's visible label and accessible name. */
  label: string;
  options: readonly T[];
  value: T;
  onChange: (value: T) => void;
  /** The visible (and accessible) name of each option. */
  optionLabel: (option: T) => string;
  /** Extra class names for an option's chip (e.g. a color swatch). */
  optionClass?: (option: T) => string;
}

/** A labelled group of radio buttons drawn as chips: one choice among a few. */
export function ChoiceGroup<T extends string>({
  label,
  options,
  value,
  onChange,
  optionLabel,
  optionClass,
}: ChoiceGroupProps<T>) {
  const id = useId();
  return (
    <div className="field">
      <span id={id} className="field__label">
        {label}
      </span>
      <div role="radiogroup" aria-labelledby={id} className="choice-row">
        {options.map((option) => (
          <label key={option} className={`choice ${optionClass?.(option) ?? ''}`.trim()}>
            <input
              type="radio"
              name={id}
              checked={value === option}
              onChange={() => onChange(option)}
            />
            {optionLabel(option)}
          </label>
        ))}
      </div>
    </div>
  );
}
