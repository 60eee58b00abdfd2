// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { navigate, useAppRoute } from '../../../src/app/use-app-route';

afterEach(() => {
  cleanup();
  history.replaceState(null, '', '/');
});

describe('useAppRoute', () => {
  it('reads the route from the address', () => {
    history.replaceState(null, '', '/reader/?lang=en&doc=abc#b7');
    const { result } = renderHook(() => useAppRoute());
    expect(result.current[0]).toEqual({ kind: 'document', id: 'abc' });
  });

  it('navigates under the path prefix, keeping ?lang and dropping the hash', () => {
    history.replaceState(null, '', '/reader/?lang=en&doc=abc#highlight=x');
    const { result } = renderHook(() => useAppRoute());
    act(() => navigate({ kind: 'library' }));
    expect(result.current[0]).toEqual({ kind: 'library' });
    expect(`${location.pathname}${location.search}${location.hash}`).toBe(
      '/reader/?library&lang=en',
    );
    const length = history.length;
    act(() => navigate({ kind: 'document', id: 'def' }, { replace: true }));
    expect(history.length).toBe(length);
    expect(result.current[0]).toEqual({ kind: 'document', id: 'def' });
  });

  it('follows Back', () => {
    history.replaceState(null, '', '/reader/?doc=abc');
    const { result } = renderHook(() => useAppRoute());
    act(() => navigate({ kind: 'library' }));
    act(() => {
      history.replaceState(null, '', '/reader/?doc=abc');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(result.current[0]).toEqual({ kind: 'document', id: 'abc' });
  });

  it('keeps one route object while the address is unchanged', () => {
    history.replaceState(null, '', '/?library');
    const { result, rerender } = renderHook(() => useAppRoute());
    const first = result.current[0];
    rerender();
    expect(result.current[0]).toBe(first);
  });
});
