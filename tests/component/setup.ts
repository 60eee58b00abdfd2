import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';

// jsdom has no matchMedia; the app asks it for the system colour scheme.
if (typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

beforeEach(() => {
  // jsdom keeps one document across tests: a selection left by one would make the next
  // test's click on a highlight count as the end of a text selection.
  document.getSelection()?.removeAllRanges();
  localStorage.clear();
  history.replaceState(null, '', '/');
  document.documentElement.removeAttribute('data-theme');
  document.documentElement.lang = 'ar';
  document.documentElement.dir = 'rtl';
});
