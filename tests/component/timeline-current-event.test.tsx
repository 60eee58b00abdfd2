import { act, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useCurrentEvent } from '../../src/timeline/use-current-event';

/** Stands in for the browser's IntersectionObserver; tests fire it by hand. */
class FakeObserver {
  static instances: FakeObserver[] = [];
  readonly observed = new Set<Element>();
  constructor(
    readonly callback: IntersectionObserverCallback,
    readonly options: IntersectionObserverInit = {},
  ) {
    FakeObserver.instances.push(this);
  }
  observe(element: Element) {
    this.observed.add(element);
  }
  unobserve(element: Element) {
    this.observed.delete(element);
  }
  disconnect() {
    this.observed.clear();
  }
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
  /** What the browser does when an observed element crosses the reading line. */
  fire() {
    act(() => this.callback([], this as unknown as IntersectionObserver));
  }
}

const IDS = ['protests', 'coup', 'stabilised'];
/** Page positions of each passage's first piece; the viewport starts at `scrollY`. */
const PAGE_TOPS: Record<string, number> = { protests: 1000, coup: 1600, stabilised: 2400 };

let scrollY = 0;

function placePassages(container: HTMLElement) {
  for (const element of container.querySelectorAll<HTMLElement>('[id^="passage-"]')) {
    const id = element.id.slice('passage-'.length);
    element.getBoundingClientRect = () => ({ top: (PAGE_TOPS[id] ?? 0) - scrollY }) as DOMRect;
  }
}

/** An article with the passages the lead renders: split in two pieces, the first with the id. */
function Article({ version }: { version: number }) {
  const [article, setArticle] = useState<HTMLElement | null>(null);
  const current = useCurrentEvent(article, IDS);
  return (
    <>
      <article ref={setArticle}>
        {IDS.map((id) => (
          <p key={`${id}-${version}`}>
            <span id={`passage-${id}`} data-event-passage={id}>
              first piece of {id}
            </span>{' '}
            <mark>highlighted</mark> <span data-event-passage={id}>rest of {id}</span>
          </p>
        ))}
      </article>
      <output aria-label="Current event">{current ?? 'none'}</output>
    </>
  );
}

const currentEvent = () => screen.getByRole('status', { name: 'Current event' }).textContent;

function scrollTo(y: number, observer: FakeObserver, container: HTMLElement) {
  scrollY = y;
  placePassages(container);
  observer.fire();
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeObserver.instances = [];
  scrollY = 0;
});

describe('useCurrentEvent', () => {
  it('is null and harmless where there is no IntersectionObserver (jsdom)', () => {
    expect(typeof IntersectionObserver).toBe('undefined');
    render(<Article version={0} />);
    expect(currentEvent()).toBe('none');
  });

  describe('with an IntersectionObserver', () => {
    function setup() {
      vi.stubGlobal('IntersectionObserver', FakeObserver);
      const view = render(<Article version={0} />);
      placePassages(view.container);
      const observer = FakeObserver.instances.at(-1);
      if (!observer) throw new Error('no observer created');
      return { ...view, observer };
    }

    it('watches the first piece of each passage against a line a third down the viewport', () => {
      const { observer } = setup();
      expect([...observer.observed].map((e) => e.id)).toEqual(IDS.map((id) => `passage-${id}`));
      expect(observer.options.rootMargin).toMatch(/^\d+px 0px -67% 0px$/);
    });

    it('follows the reading line down and up: null before the first, then the last passage passed', () => {
      const { observer, container } = setup();
      const line = window.innerHeight / 3;
      const steps: [number, string][] = [
        [0, 'none'],
        [1000 - line - 1, 'none'],
        [1000 - line, 'protests'],
        // Past the protests passage, before the coup one: still protests, no flicker.
        [1400 - line, 'protests'],
        [1600 - line + 5, 'coup'],
        [2400 - line + 300, 'stabilised'],
        [9000, 'stabilised'],
        [1700 - line, 'coup'],
        [0, 'none'],
      ];
      for (const [y, expected] of steps) {
        scrollTo(y, observer, container);
        expect([y, currentEvent()]).toEqual([y, expected]);
      }
    });

    it('keeps following passages when the article re-renders them', async () => {
      const { observer, container, rerender } = setup();
      const before = [...observer.observed];
      rerender(<Article version={1} />);
      await waitFor(() => expect(before.some((e) => observer.observed.has(e))).toBe(false));
      expect(observer.observed.size).toBe(IDS.length);
      expect([...observer.observed].every((e) => container.contains(e))).toBe(true);
      scrollTo(1600, observer, container);
      expect(currentEvent()).toBe('coup');
    });

    it('stops observing when the article goes away', () => {
      const { observer, unmount } = setup();
      unmount();
      expect(observer.observed.size).toBe(0);
    });
  });
});
