/**
 * After a roll-over is written, the server's accounts follow their classes into the new year
 * (POST /api/rollover/accounts with the old -> new class mapping), as a TanStack Query mutation.
 * Only when signed in: in local mode there are no accounts. The roll-over itself is local and
 * syncs through the outbox; a failure here is reported and changes nothing of it.
 */
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { z } from 'zod';
import type { ClassMapping } from '@/domain/rollover/rollover-plan';
import { useSessionUser } from '@/ui/live-data';
import { useSync } from '@/ui/sync-context';

/** The endpoint's path, shared with the server's route. */
export const REPOINT_ACCOUNTS_PATH = '/api/rollover/accounts';

/** The server's answer: how many accounts got their new classes. */
const repointAnswerSchema = z.object({ updated: z.int().min(0) });

/** What became of the accounts: so many updated, or the request failed. */
export type RepointOutcome =
  { readonly kind: 'updated'; readonly count: number } | { readonly kind: 'failed' };

export function useRepointAccounts() {
  const user = useSessionUser();
  const { controller } = useSync();
  const [message, setMessage] = useState<RepointOutcome | null>(null);
  const mutation = useMutation({
    mutationFn: async (mapping: readonly ClassMapping[]) => {
      const transport = controller?.transport();
      if (!transport?.json) throw new Error('not connected');
      const result = await transport.json(
        'POST',
        REPOINT_ACCOUNTS_PATH,
        { mapping },
        repointAnswerSchema,
      );
      if (!result.ok) throw new Error(result.failure.kind);
      return result.value.updated;
    },
    onSuccess: (count) => setMessage({ kind: 'updated', count }),
    onError: () => setMessage({ kind: 'failed' }),
  });
  return {
    outcome: message,
    /** Re-points the accounts when signed in with a role that may; otherwise does nothing. */
    mutate: (mapping: readonly ClassMapping[]) => {
      setMessage(null);
      if (user && (user.role === 'coordinator' || user.role === 'admin') && mapping.length > 0) {
        mutation.mutate(mapping);
      }
    },
  };
}
