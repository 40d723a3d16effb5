/** Runs a local write and turns a failure into a translated message; nothing half-written stays. */
import type { TFunction } from 'i18next';
import { useCallback, useState } from 'react';
import { DbWriteError } from '@/db/errors';

/** `t`: the caller's own (one translation hook per component, not one more here). */
export function useWriteError(t: TFunction) {
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (write: () => Promise<void>): Promise<boolean> => {
      try {
        await write();
        setError(null);
        return true;
      } catch (cause) {
        if (cause instanceof DbWriteError) {
          setError(t(`error.${cause.code}`, { max: cause.limit ?? 0 }));
        } else {
          console.error(cause);
          setError(t('error.unknown'));
        }
        return false;
      }
    },
    [t],
  );
  return { error, run };
}
