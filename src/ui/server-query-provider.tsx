/**
 * TanStack Query for the views that ask the server (see server-queries.ts). One client for the
 * app, so every such view shares the cache; each view wraps itself in this provider, so that the
 * library loads with the first of them rather than with the teacher's month.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';

const queryClient = new QueryClient({
  defaultOptions: {
    // The sync engine retries what matters; a settings view asks again on focus or on demand.
    queries: { retry: 1 },
  },
});

export function ServerQueryProvider({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
