import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';

// `findBy…` and `waitFor` wait up to 5 s, not 1: lazy chunks (settings form, notes, editor)
// and fake-indexeddb take longer than 1 s to arrive when other jobs load this 2-core machine.
// They still pass as soon as the element is there.
configure({ asyncUtilTimeout: 5000 });

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
