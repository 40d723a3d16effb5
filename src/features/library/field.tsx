/**
 * A labelled form control with its hint and its error next to it: the control gets the ids of
 * both in aria-describedby and aria-invalid when there is an error.
 */
import type { ReactNode } from 'react';

export interface ControlProps {
  readonly id: string;
  readonly 'aria-describedby'?: string;
  readonly 'aria-invalid'?: true;
}

interface Props {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: string | null;
  readonly render: (props: ControlProps) => ReactNode;
}

/** The describedby ids and invalid flag for a control or group with `id`. */
export function describedBy(
  id: string,
  hint: string | undefined,
  error: string | null | undefined,
) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return {
    ...(ids ? { 'aria-describedby': ids } : {}),
    ...(error ? { 'aria-invalid': true as const } : {}),
  };
}

export function Field({ id, label, hint, error, render }: Props) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {render({ id, ...describedBy(id, hint, error) })}
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

/** The hint and error paragraphs of the control or group with `id`. */
export function FieldNotes({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: string | undefined;
  error?: string | null | undefined;
}) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="error field-error">
          {error}
        </p>
      )}
    </>
  );
}
