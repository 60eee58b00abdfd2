import { useSyncExternalStore } from 'react';
import { parseRoute, routeHref, type AppRoute } from './app-route';

const listeners = new Set<() => void>();

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('popstate', onChange);
  };
}

// One object per distinct search, so React sees an unchanged route as unchanged.
let cached: { search: string; route: AppRoute } | null = null;
function readRoute(): AppRoute {
  const { search } = window.location;
  if (cached?.search !== search) cached = { search, route: parseRoute(search) };
  return cached.route;
}

/** The prerendered page is the built-in article: the route the server drew. */
const SERVER_ROUTE: AppRoute = { kind: 'home' };

/**
 * Moves the app to `route` in this tab: a new history entry (Back returns), the path prefix and
 * other query parameters kept, the old page's `#fragment` dropped. `replace` rewrites the
 * current entry instead (an address corrected, not a step the reader took).
 */
export function navigate(route: AppRoute, { replace = false } = {}): void {
  const { pathname, search } = window.location;
  const href = routeHref(route, pathname, search);
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  for (const listener of listeners) listener();
}

/**
 * The route the address names (see {@link parseRoute}), kept in step with Back and Forward.
 * Hydration first renders the prerendered route (`home`), then the address's own, so a page
 * opened on another document hydrates without a mismatch.
 */
export function useAppRoute(): [AppRoute, typeof navigate] {
  const route = useSyncExternalStore(subscribe, readRoute, () => SERVER_ROUTE);
  return [route, navigate];
}
