/** A labelled drop-down of the views' filters and choices: a label, its select and the options. */

export interface SelectFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** The choice of everything, valued '' (none for a choice that always has a value). */
  readonly all?: string;
  /** [value, text] in the order shown. */
  readonly options: readonly (readonly [string, string])[];
}

export function SelectField({ id, label, value, onChange, all, options }: SelectFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {all !== undefined && <option value="">{all}</option>}
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
