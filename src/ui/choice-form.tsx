import type { FormEvent, ReactNode } from 'react';

const stay = (event: FormEvent) => event.preventDefault();

/**
 * A view's choices (its pickers), in a form of their own that submits nothing: a choice takes
 * effect at once. A form because of Chromium's autofill: told of a select's chosen option while the
 * page has the user's activation (as right after it was opened, when React sets each picker's
 * option), it reads the choices of that select's form; outside one, that is every control of the
 * page outside a form, the month's checkboxes among them. Traced, 10-20 ms of a 4x slowed main
 * thread between a first tick and the frame showing it; 3-4 ms with the pickers in forms
 * (docs/performance.md).
 */
export function ChoiceForm({ className, children }: { className: string; children: ReactNode }) {
  return (
    <form className={className} onSubmit={stay}>
      {children}
    </form>
  );
}
