import { notifyManager, QueryClient } from '@tanstack/react-query';

// react-query tells components about cache changes on a later timer by default; a new highlight
// would then miss the frame after the reader's click. A microtask is soon enough to batch and
// still inside the same task.
notifyManager.setScheduler(queueMicrotask);

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
