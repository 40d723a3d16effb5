/**
 * The plan history (GET /api/plan-history) as TanStack Query infinite query options, its key under
 * the server it asks. Loaded with the history view, never with the first screen.
 */
import { infiniteQueryOptions } from '@tanstack/react-query';
import { planHistoryPageSchema, type PlanHistoryPage } from '@/domain/sync/plan-history-api';
import type { SyncTransport } from '@/sync/transport';
import { askServer, serverKeys } from './server-queries';

/** The plan history's filters as the view holds them ('' = any). */
export interface HistoryFilters {
  readonly entity: string;
  readonly account: string;
  /** ISO instants ('' = open). */
  readonly from: string;
  readonly to: string;
}

export const historyKeys = {
  page: (serverUrl: string, filters: HistoryFilters) =>
    [...serverKeys.all(serverUrl), 'planHistory', filters] as const,
};

/** GET /api/plan-history, newest first, a page at a time (`before` the last page's `next`). */
export function planHistoryQuery(transport: SyncTransport, filters: HistoryFilters) {
  return infiniteQueryOptions({
    queryKey: historyKeys.page(transport.serverUrl, filters),
    initialPageParam: null as number | null,
    queryFn: ({ pageParam }): Promise<PlanHistoryPage> => {
      const params = new URLSearchParams({ limit: '50' });
      for (const [key, value] of Object.entries(filters)) if (value !== '') params.set(key, value);
      if (pageParam !== null) params.set('before', String(pageParam));
      return askServer(
        transport,
        'GET',
        `/api/plan-history?${params}`,
        undefined,
        planHistoryPageSchema,
      );
    },
    getNextPageParam: (last) => last.next,
    staleTime: 30_000,
  });
}
