import { useDeferredValue, type ReactNode } from 'react';

/**
 * Renders its children in a second pass, just after the first one has been committed: for what
 * lies below the fold of the first screen, so that the first paint (and a first tick) does not
 * wait for it. The second pass is a background render that a click interrupts. Once mounted, the
 * children render with the rest as usual.
 */
export function AfterFirstRender({ children }: { readonly children: ReactNode }) {
  const rendered = useDeferredValue(true, false);
  return rendered ? children : null;
}
