import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SETTLE_MS } from '../../src/timeline/on-scroll-end';
import { useCurrentEvent } from '../../src/timeline/use-current-event';
import { reveal } from '../../src/ui/reveal';

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
    const top = (PAGE_TOPS[id] ?? 0) - scrollY;
    element.getBoundingClientRect = () => ({ top, bottom: top + 24 }) as DOMRect;
  }
}

/** An article with the passages the lead renders: split in two pieces, the first with the id. */
function Article({ version }: { version: number }) {
  const [article, setArticle] = useState<HTMLElement | null>(null);
  const current = useCurrentEvent(article, IDS);
  // The timeline's way to a passage, as the reader's timeline panel goes there.
  const [passages] = useState(() => new Map<string, HTMLElement>());
  return (
    <>
      <article ref={setArticle}>
        {IDS.map((id) => (
          <p key={`${id}-${version}`}>
            <span
              id={`passage-${id}`}
              data-event-passage={id}
              ref={(element) => {
                if (element) passages.set(id, element);
              }}
            >
              first piece of {id}
            </span>{' '}
            <mark>highlighted</mark> <span data-event-passage={id}>rest of {id}</span>
          </p>
        ))}
      </article>
      <output aria-label="Current event">{current ?? 'none'}</output>
      {IDS.map((id) => (
        <button
          key={id}
          type="button"
          onClick={() => {
            const passage = passages.get(id);
            if (passage) reveal(passage);
          }}
        >
          Go to {id}
        </button>
      ))}
    </>
  );
}

const currentEvent = () => screen.getByRole('status', { name: 'Current event' }).textContent;

function scrollTo(y: number, observer: FakeObserver, container: HTMLElement) {
  scrollY = y;
  placePassages(container);
  observer.fire();
}

/** The page scrolls to `y`: a scroll event, and the observer if a passage crossed the line. */
function scrollPage(y: number, observer: FakeObserver, container: HTMLElement) {
  scrollTo(y, observer, container);
  fireEvent.scroll(window);
}

/** The end of a scroll, as the browser tells it. */
function scrollEnd() {
  act(() => {
    window.dispatchEvent(new Event('scrollend'));
  });
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

    describe('after the reader goes to an event', () => {
      const line = () => window.innerHeight / 3;
      // The coup passage has just passed the reading line; going to the stabilisation centres
      // its passage, which leaves it below the line.
      const reading = () => 1600 - line() + 5;
      const centred = () => 2400 - window.innerHeight / 2;

      async function goToStabilised() {
        const view = setup();
        scrollTo(reading(), view.observer, view.container);
        expect(currentEvent()).toBe('coup');
        await userEvent.click(screen.getByRole('button', { name: 'Go to stabilised' }));
        return view;
      }

      it('the event gone to is current through the scroll that takes them there', async () => {
        const { observer, container } = await goToStabilised();
        expect(currentEvent()).toBe('stabilised');
        // The smooth scroll passes passages on its way; its frames do not move the mark.
        for (const y of [reading() + 100, reading() + 400, centred()]) {
          scrollPage(y, observer, container);
          expect(currentEvent()).toBe('stabilised');
        }
        scrollEnd();
        expect(currentEvent()).toBe('stabilised');
      });

      it('follows the reading line again at the first scroll after that one ends', async () => {
        const { observer, container } = await goToStabilised();
        scrollPage(centred(), observer, container);
        scrollEnd();
        // A little further on: the passage is still in the middle of the view, below the line.
        scrollPage(centred() + 40, observer, container);
        expect(currentEvent()).toBe('coup');
        scrollPage(2400 - line() + 10, observer, container);
        expect(currentEvent()).toBe('stabilised');
      });

      it('an instant scroll (reduced motion) that ends before its scroll event still keeps it', async () => {
        const { observer, container } = await goToStabilised();
        // scrollIntoView has already moved the page; the event arrives on the next frame.
        scrollPage(centred(), observer, container);
        expect(currentEvent()).toBe('stabilised');
      });

      it.each([
        ['the wheel', () => fireEvent.wheel(window)],
        ['a touch', () => fireEvent.touchMove(window)],
        ['a key', () => fireEvent.keyDown(document.body, { key: 'PageDown' })],
        ['the scrollbar', () => fireEvent.pointerDown(document.documentElement)],
      ])('%s during that scroll hands back to the reading line at once', async (_, input) => {
        const { observer, container } = await goToStabilised();
        scrollPage(centred() - 40, observer, container);
        input();
        scrollPage(centred(), observer, container);
        expect(currentEvent()).toBe('coup');
      });

      it('the Enter that goes to the event is not the reader taking over', async () => {
        const { observer, container } = setup();
        scrollTo(reading(), observer, container);
        screen.getByRole('button', { name: 'Go to stabilised' }).focus();
        await userEvent.keyboard('{Enter}');
        scrollPage(centred(), observer, container);
        expect(currentEvent()).toBe('stabilised');
      });

      it('where there is no scrollend, the page being still ends that scroll', async () => {
        const descriptor = Object.getOwnPropertyDescriptor(window, 'onscrollend');
        Reflect.deleteProperty(window, 'onscrollend');
        try {
          const { observer, container } = await goToStabilised();
          vi.useFakeTimers();
          scrollPage(centred(), observer, container);
          act(() => vi.advanceTimersByTime(SETTLE_MS - 1));
          scrollPage(centred(), observer, container);
          expect(currentEvent()).toBe('stabilised');
          act(() => vi.advanceTimersByTime(SETTLE_MS));
          scrollPage(centred() + 40, observer, container);
          expect(currentEvent()).toBe('coup');
        } finally {
          vi.useRealTimers();
          if (descriptor) Object.defineProperty(window, 'onscrollend', descriptor);
        }
      });
    });

    it('stops observing when the article goes away', () => {
      const { observer, unmount } = setup();
      unmount();
      expect(observer.observed.size).toBe(0);
    });
  });
});
