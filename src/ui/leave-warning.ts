/** Asks before the tab closes while `active`: unsynced changes, or a write still committing. */
import { useEffect } from 'react';

export function useLeaveWarning(active: boolean, message: string) {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = message;
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active, message]);
}
