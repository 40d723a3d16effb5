/**
 * The accounts API and the plan history as TanStack Query options and mutations, their keys under
 * the server they ask (serverKeys.all), so signing in or out refreshes them with the rest. Loaded
 * with the views that use them, never with the first screen.
 */
import {
  infiniteQueryOptions,
  queryOptions,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import type { z } from 'zod';
import {
  accountChangedSchema,
  accountListSchema,
  planHistoryPageSchema,
  type AccountChanged,
  type AccountList,
  type CreateAccountRequest,
  type PlanHistoryPage,
  type SetClassesRequest,
} from '@/domain/sync/account-api';
import type { SyncTransport, TransportFailure } from '@/sync/transport';
import { ServerRequestError, serverKeys } from './server-queries';
import { useSync } from './sync-context';

/** The plan history's filters as the view holds them ('' = any). */
export interface HistoryFilters {
  readonly entity: string;
  readonly account: string;
  /** ISO instants ('' = open). */
  readonly from: string;
  readonly to: string;
}

export const accountKeys = {
  accounts: (serverUrl: string) => [...serverKeys.all(serverUrl), 'accounts'] as const,
  history: (serverUrl: string, filters: HistoryFilters) =>
    [...serverKeys.all(serverUrl), 'planHistory', filters] as const,
};

const NO_JSON: TransportFailure = {
  kind: 'badRequest',
  status: 0,
  code: null,
  message: 'This server connection cannot ask the accounts API',
};

/** One request of these APIs: the answer, or a ServerRequestError with the failure. */
async function ask<T>(
  transport: SyncTransport,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  body: unknown,
  schema: z.ZodType<T>,
): Promise<T> {
  if (!transport.json) throw new ServerRequestError(NO_JSON);
  const result = await transport.json(method, path, body, schema);
  if (!result.ok) throw new ServerRequestError(result.failure);
  return result.value;
}

/** GET /api/accounts: the accounts the signed-in admin or principal manages, and the choices. */
export function accountListQuery(transport: SyncTransport) {
  return queryOptions({
    queryKey: accountKeys.accounts(transport.serverUrl),
    queryFn: (): Promise<AccountList> =>
      ask(transport, 'GET', '/api/accounts', undefined, accountListSchema),
    staleTime: 30_000,
  });
}

/** GET /api/plan-history, newest first, a page at a time (`before` the last page's `next`). */
export function planHistoryQuery(transport: SyncTransport, filters: HistoryFilters) {
  return infiniteQueryOptions({
    queryKey: accountKeys.history(transport.serverUrl, filters),
    initialPageParam: null as number | null,
    queryFn: ({ pageParam }): Promise<PlanHistoryPage> => {
      const params = new URLSearchParams({ limit: '50' });
      for (const [key, value] of Object.entries(filters)) if (value !== '') params.set(key, value);
      if (pageParam !== null) params.set('before', String(pageParam));
      return ask(transport, 'GET', `/api/plan-history?${params}`, undefined, planHistoryPageSchema);
    },
    getNextPageParam: (last) => last.next,
    staleTime: 30_000,
  });
}

/** What an account change asks: one of the admin's or principal's actions. */
export type AccountChange =
  | { readonly kind: 'create'; readonly input: CreateAccountRequest }
  | { readonly kind: 'disabled'; readonly username: string; readonly disabled: boolean }
  | { readonly kind: 'password'; readonly username: string; readonly password?: string }
  | {
      readonly kind: 'scope';
      readonly username: string;
      readonly schools: readonly string[];
      readonly groups: readonly string[];
    }
  | { readonly kind: 'classes'; readonly username: string; readonly input: SetClassesRequest };

function request(change: AccountChange): {
  method: 'POST' | 'PUT';
  path: string;
  body: unknown;
} {
  const at = (username: string, action: string) =>
    `/api/accounts/${encodeURIComponent(username)}/${action}`;
  switch (change.kind) {
    case 'create':
      return { method: 'POST', path: '/api/accounts', body: change.input };
    case 'disabled':
      return {
        method: 'PUT',
        path: at(change.username, 'disabled'),
        body: { disabled: change.disabled },
      };
    case 'password':
      return {
        method: 'POST',
        path: at(change.username, 'password'),
        body: change.password === undefined ? {} : { password: change.password },
      };
    case 'scope':
      return {
        method: 'PUT',
        path: at(change.username, 'scope'),
        body: { schools: change.schools, groups: change.groups },
      };
    case 'classes':
      return { method: 'PUT', path: at(change.username, 'classes'), body: change.input };
  }
}

/** An account change through the server; the list is asked again after it. */
export function useAccountChange() {
  const { controller } = useSync();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: AccountChange): Promise<AccountChanged> => {
      const transport = controller?.transport() ?? null;
      if (transport === null) throw new ServerRequestError(NO_JSON);
      const { method, path, body } = request(change);
      return ask(transport, method, path, body, accountChangedSchema);
    },
    onSuccess: () => {
      const serverUrl = controller?.transport()?.serverUrl;
      if (serverUrl !== undefined)
        return queryClient.invalidateQueries({ queryKey: accountKeys.accounts(serverUrl) });
      return undefined;
    },
  });
}

/** The i18n key suffix of a failed request of these APIs (accounts.error_<suffix>). */
export type AccountErrorKey =
  | 'AccountExists'
  | 'InvalidScope'
  | 'OwnAccount'
  | 'BadRequest'
  | 'NotFound'
  | 'forbidden'
  | 'unauthorized'
  | 'network'
  | 'other';

export function accountErrorKey(error: unknown): AccountErrorKey {
  if (!(error instanceof ServerRequestError)) return 'other';
  const failure = error.failure;
  switch (failure.kind) {
    case 'badRequest':
      switch (failure.code) {
        case 'AccountExists':
        case 'InvalidScope':
        case 'OwnAccount':
        case 'BadRequest':
        case 'NotFound':
          return failure.code;
        default:
          return 'other';
      }
    case 'forbidden':
    case 'unauthorized':
    case 'network':
      return failure.kind;
    default:
      return 'other';
  }
}
