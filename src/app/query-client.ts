import { QueryClient } from '@tanstack/react-query';

/**
 * The app's query cache. Our source is IndexedDB and bundled files, not the network, so
 * queries and mutations run whether or not the browser thinks it is online.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { networkMode: 'always', refetchOnWindowFocus: false },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}
