import { lazy, type ComponentType } from 'react';

/**
 * A lazy component (`pick` of the module `load` brings) whose code can be loaded ahead of its
 * first render. Once `preload()` has
 * resolved, that render needs no Suspense fallback: the loader hands React a thenable that
 * calls back at once, which `lazy` reads synchronously. A page switched to after its preload
 * then appears in one commit, with no blank fallback and without React's 300 ms hold on
 * revealing content that suspended. `preload` (which resolves to the module) may be called any number of times; a failed
 * load is tried again by the next call (or by the render, which then suspends as usual).
 */
export function preloadableLazy<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): [ComponentType<P>, () => Promise<M>] {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<M> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (module) => {
        loaded = pick(module);
        return module;
      },
      (error: unknown) => {
        pending = null;
        throw error;
      },
    ));
  const Component = lazy(() => {
    const ready = loaded;
    if (!ready) return preload().then((module) => ({ default: pick(module) }));
    // `lazy` is typed for promises but reads any thenable, and a synchronous one at once.
    const now = {
      then: (resolve: (m: { default: ComponentType<P> }) => void) => resolve({ default: ready }),
    };
    return now as unknown as Promise<{ default: ComponentType<P> }>;
  });
  return [Component, preload];
}
