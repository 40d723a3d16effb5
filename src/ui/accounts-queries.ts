/**
 * The accounts API as TanStack Query options and mutations, their keys under the server they ask
 * (serverKeys.all), so signing in or out refreshes them with the rest. Loaded with the accounts
 * view, never with the first screen.
 */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  accountChangedSchema,
  accountListSchema,
  type AccountChanged,
  type AccountList,
  type CreateAccountRequest,
  type SetClassesRequest,
} from '@/domain/sync/account-api';
import type { SyncTransport } from '@/sync/transport';
import { askServer, NO_JSON, ServerRequestError, serverKeys } from './server-queries';
import { useSync } from './sync-context';

export const accountKeys = {
  accounts: (serverUrl: string) => [...serverKeys.all(serverUrl), 'accounts'] as const,
};

/** GET /api/accounts: the accounts the signed-in admin or principal manages, and the choices. */
export function accountListQuery(transport: SyncTransport) {
  return queryOptions({
    queryKey: accountKeys.accounts(transport.serverUrl),
    queryFn: (): Promise<AccountList> =>
      askServer(transport, 'GET', '/api/accounts', undefined, accountListSchema),
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
      return askServer(transport, method, path, body, accountChangedSchema);
    },
    onSuccess: () => {
      const serverUrl = controller?.transport()?.serverUrl;
      if (serverUrl !== undefined)
        return queryClient.invalidateQueries({ queryKey: accountKeys.accounts(serverUrl) });
      return undefined;
    },
  });
}
