/** Signing in and out as TanStack Query mutations: each refreshes what the server was asked. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ServerRequestError, serverKeys } from './server-queries';
import { useSync } from './sync-context';

export interface SignInInput {
  readonly username: string;
  readonly password: string;
  readonly serverUrl: string;
}

/** Signs in through the sync controller (which connects this database); fails with the reason. */
export function useSignIn() {
  const { controller } = useSync();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: SignInInput) => {
      if (!controller) throw new Error('sync not started');
      const result = await controller.signIn(input);
      if (!result.ok) throw new ServerRequestError(result.failure);
      return controller.transport()?.serverUrl ?? input.serverUrl;
    },
    onSuccess: (serverUrl) =>
      queryClient.invalidateQueries({ queryKey: serverKeys.all(serverUrl) }),
  });
}

/** Ends the session; local data and the outbox stay. */
export function useSignOut() {
  const { controller } = useSync();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const serverUrl = controller?.transport()?.serverUrl ?? null;
      await controller?.signOut();
      return serverUrl;
    },
    onSuccess: (serverUrl) =>
      serverUrl === null
        ? undefined
        : queryClient.invalidateQueries({ queryKey: serverKeys.all(serverUrl) }),
  });
}
