import { useEffect, useState } from 'react';
import { passageElementId } from '../document/text-decorations';
import { pickCurrentEvent, READING_LINE } from './current-event';
import { onScrollEnd } from './on-scroll-end';

// The observed region runs from far above the viewport down to the reading line, so a passage's
// first piece enters or leaves it exactly when its top crosses the line, whichever way the
// reader scrolls. Nothing else (a passage merely scrolling within the band) wakes the observer.
const ROOT_MARGIN = `100000px 0px -${Math.round((1 - READING_LINE) * 100)}% 0px`;

/** The reader's own hand on the page: what comes before a scroll they make themselves. */
const INPUTS = ['wheel', 'touchmove', 'pointerdown', 'keydown'] as const;

/**
 * Scroll-spy: the timeline event being read in `article`, from the elements with
 * `id="passage-<eventId>"` inside it (see {@link pickCurrentEvent} for which one wins), except
 * that a passage the reader went to (it took focus) stays current through the scroll that took
 * them there. Follows the article as it re-renders (passage elements replaced by highlights and
 * the like).
 * @param eventIds events to follow, in timeline order (breaks ties)
 * @returns null before the first passage is reached, while `article` is null, and where there is
 *   no IntersectionObserver (jsdom, very old browsers)
 */
export function useCurrentEvent(article: HTMLElement | null, eventIds: string[]): string | null {
  const [current, setCurrent] = useState<string | null>(null);
  const key = eventIds.join(' ');

  useEffect(() => {
    if (!article || typeof IntersectionObserver !== 'function') return;
    const win = article.ownerDocument.defaultView ?? window;
    const ids = key ? key.split(' ') : [];
    let observed: { eventId: string; element: Element }[] = [];
    // The passage the reader went to. The timeline focuses it as it scrolls it to the middle of
    // the view, below the reading line, so the reading line alone would mark an earlier event
    // than the one chosen. It is current until the page scrolls for another reason than going
    // there: `arriving` while that scroll may still run, until its end or the reader's own input
    // (wheel, touch, key, pointer), whichever comes first; the next scroll after that (theirs:
    // wheel, keys, scrollbar, find) hands the timeline back to the reading line.
    let pin: { eventId: string; arriving: boolean } | null = null;

    const update = () => {
      if (pin) {
        setCurrent(pin.eventId);
        return;
      }
      const lineY = win.innerHeight * READING_LINE;
      const tops = observed.map(({ eventId, element }) => ({
        eventId,
        top: element.getBoundingClientRect().top,
      }));
      setCurrent(pickCurrentEvent(tops, lineY, ids));
    };
    const io = new IntersectionObserver(update, { rootMargin: ROOT_MARGIN });

    // Observes the passages now in the article; a no-op unless the article's DOM replaced them.
    const scan = () => {
      const found = ids.flatMap((eventId) => {
        const element = article.ownerDocument.getElementById(passageElementId(eventId));
        return element && article.contains(element) ? [{ eventId, element }] : [];
      });
      const same =
        found.length === observed.length &&
        found.every((f, i) => f.element === observed[i]?.element);
      if (same) return;
      io.disconnect();
      observed = found;
      if (pin && !found.some((f) => f.eventId === pin?.eventId)) pin = null;
      // Observing delivers a first notification for each element, which updates `current`.
      for (const { element } of observed) io.observe(element);
      if (observed.length === 0) update();
    };

    const onFocusIn = (e: FocusEvent) => {
      const found = observed.find(({ element }) => element === e.target);
      if (!found) return;
      pin = { eventId: found.eventId, arriving: true };
      update();
    };
    // Caught on the window before any handler of the page (capture), so an input whose own
    // handler goes to an event (a key handler, say) counts before that pin, not after it.
    const arrived = () => {
      if (pin) pin.arriving = false;
    };
    const onScroll = () => {
      if (!pin || pin.arriving) return;
      pin = null;
      update();
    };

    scan();
    const mutations = new MutationObserver(scan);
    mutations.observe(article, { childList: true, subtree: true });
    article.addEventListener('focusin', onFocusIn);
    for (const type of INPUTS)
      win.addEventListener(type, arrived, { capture: true, passive: true });
    win.addEventListener('scroll', onScroll, { passive: true });
    const stopScrollEnd = onScrollEnd(win, arrived);
    return () => {
      mutations.disconnect();
      io.disconnect();
      article.removeEventListener('focusin', onFocusIn);
      for (const type of INPUTS) win.removeEventListener(type, arrived, { capture: true });
      win.removeEventListener('scroll', onScroll);
      stopScrollEnd();
    };
  }, [article, key]);

  return article && current !== null && eventIds.includes(current) ? current : null;
}
