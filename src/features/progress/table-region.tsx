import { useId, type ReactNode } from 'react';

/**
 * A table of the progress views in a region of its own: named by its caption, reachable by
 * keyboard, scrolling sideways inside itself on a narrow screen (progress.css .progress-table).
 */
export function TableRegion({ caption, children }: { caption: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <div className="progress-table" role="region" aria-labelledby={id} tabIndex={0}>
      <table>
        <caption id={id}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
