import { useEffect, useState } from 'react';
import { passageElementId } from '../article/text-decorations';
import { pickCurrentEvent, READING_LINE } from './current-event';

// The observed region runs from far above the viewport down to the reading line, so a passage's
// first piece enters or leaves it exactly when its top crosses the line, whichever way the
// reader scrolls. Nothing else (a passage merely scrolling within the band) wakes the observer.
const ROOT_MARGIN = `100000px 0px -${Math.round((1 - READING_LINE) * 100)}% 0px`;

/**
 * Scroll-spy: the timeline event being read in `article`, from the elements with
 * `id="passage-<eventId>"` inside it (see {@link pickCurrentEvent} for which one wins), except
 * that a passage the reader went to (it took focus) is current while it stays on screen. Follows
 * the article as it re-renders (passage elements replaced by highlights and the like).
 * @param eventIds events to follow, in timeline order (breaks ties)
 * @returns null before the first passage is reached, while `article` is null, and where there is
 *   no IntersectionObserver (jsdom, very old browsers)
 */
export function useCurrentEvent(article: HTMLElement | null, eventIds: string[]): string | null {
  const [current, setCurrent] = useState<string | null>(null);
  const key = eventIds.join(' ');

  useEffect(() => {
    if (!article || typeof IntersectionObserver !== 'function') return;
    const ids = key ? key.split(' ') : [];
    let observed: { eventId: string; element: Element }[] = [];
    // The passage the reader went to (the timeline focuses it after scrolling it to the middle
    // of the view, below the reading line): current while it is on screen, until a scroll ends
    // with it off screen. Otherwise the sidebar would mark an earlier event than the one chosen.
    let pinned: { eventId: string; element: Element } | null = null;
    const onScreen = (element: Element) => {
      const r = element.getBoundingClientRect();
      return r.bottom > 0 && r.top < window.innerHeight;
    };

    const update = () => {
      if (pinned && onScreen(pinned.element)) {
        setCurrent(pinned.eventId);
        return;
      }
      const lineY = window.innerHeight * READING_LINE;
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
      const pinnedId = pinned?.eventId;
      pinned = found.find((f) => f.eventId === pinnedId) ?? null;
      // Observing delivers a first notification for each element, which updates `current`.
      for (const { element } of observed) io.observe(element);
      if (observed.length === 0) update();
    };

    const onFocusIn = (e: FocusEvent) => {
      const found = observed.find(({ element }) => element === e.target);
      if (!found) return;
      pinned = found;
      update();
    };
    // Smooth scrolling brings the passage on screen after it took focus; look again once it
    // stops. A scroll that ends with the passage gone releases it to the reading line.
    const onScrollEnd = () => {
      if (pinned && !onScreen(pinned.element)) pinned = null;
      update();
    };

    scan();
    const mutations = new MutationObserver(scan);
    mutations.observe(article, { childList: true, subtree: true });
    article.addEventListener('focusin', onFocusIn);
    window.addEventListener('scrollend', onScrollEnd);
    return () => {
      mutations.disconnect();
      io.disconnect();
      article.removeEventListener('focusin', onFocusIn);
      window.removeEventListener('scrollend', onScrollEnd);
    };
  }, [article, key]);

  return article && current !== null && eventIds.includes(current) ? current : null;
}
