/**
 * The calendar feeds API (/api/feeds) as TanStack Query options and mutations, their keys under
 * the server they ask (serverKeys.all), so signing in or out refreshes them with the rest.
 * Loaded with the calendars view, never with the first screen.
 */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  feedCreatedSchema,
  feedListSchema,
  type CreateFeedRequest,
  type FeedList,
  type FeedView,
} from '@/domain/sync/feed-api';
import type { SyncTransport } from '@/sync/transport';
import { askServer, NO_JSON, ServerRequestError, serverKeys } from './server-queries';
import { useSync } from './sync-context';

export const feedKeys = {
  feeds: (serverUrl: string) => [...serverKeys.all(serverUrl), 'feeds'] as const,
};

/** GET /api/feeds: the signed-in account's feeds (an admin's: the organization's). */
export function feedListQuery(transport: SyncTransport) {
  return queryOptions({
    queryKey: feedKeys.feeds(transport.serverUrl),
    queryFn: (): Promise<FeedList> =>
      askServer(transport, 'GET', '/api/feeds', undefined, feedListSchema),
    staleTime: 30_000,
  });
}

/** What a feed change asks: a new feed, or the end of one. */
export type FeedChange =
  | { readonly kind: 'create'; readonly input: CreateFeedRequest }
  | { readonly kind: 'revoke'; readonly id: string };

/** A feed made or revoked through the server (the new feed, or null); the list is asked again. */
export function useFeedChange() {
  const { controller } = useSync();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (change: FeedChange): Promise<FeedView | null> => {
      const transport = controller?.transport() ?? null;
      if (transport === null) throw new ServerRequestError(NO_JSON);
      if (change.kind === 'revoke') {
        const path = `/api/feeds/${encodeURIComponent(change.id)}`;
        return askServer(transport, 'DELETE', path, undefined, z.null());
      }
      const created = await askServer(
        transport,
        'POST',
        '/api/feeds',
        change.input,
        feedCreatedSchema,
      );
      return created.feed;
    },
    onSuccess: () => {
      const serverUrl = controller?.transport()?.serverUrl;
      if (serverUrl !== undefined)
        return queryClient.invalidateQueries({ queryKey: feedKeys.feeds(serverUrl) });
      return undefined;
    },
  });
}

/** The full address of a feed's path on the server the app talks to. */
export function feedUrl(transport: SyncTransport, path: string): string {
  return new URL(path, transport.serverUrl === '' ? window.location.origin : transport.serverUrl)
    .href;
}
