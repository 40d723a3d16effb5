/**
 * Asks before the tab closes while `active`: unsynced changes, or a write still committing. The
 * browser asks in its own words: no browser has shown a page's text in that dialog since 2017.
 */
import { useEffect } from 'react';

export function useLeaveWarning(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers ask only where the event carries a value.
      event.returnValue = true;
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);
}
