import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { loadSetting, saveSetting } from '../storage/settings-storage';
import type { ArticleDocument, Block } from './article-document';
import { isPastStart, positionAt, restorePosition, type ReadingPosition } from './reading-position';

const SAVE_DELAY_MS = 300;

function viewTop(): number {
  return Math.max(0, document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0);
}

/** Scrolls so that `position` is at the top of the view. */
export function scrollToPosition(position: ReadingPosition): void {
  const el = document.getElementById(position.blockId);
  if (!el) return;
  const rect = el.getBoundingClientRect();
  window.scrollTo({ top: window.scrollY + rect.top + rect.height * position.fraction - viewTop() });
}

/**
 * Remembers the reading position as the reader scrolls, and on return brings them back to it,
 * unless `skipRestore` (an address that points somewhere, such as `#b7` or a quote link). When
 * `skipRestore` turns false later (the address named something that is not there), the saved
 * position is restored then, if the reader is still at the top of the page.
 * Returns the restored position (for the "continue where you left off" note) or null.
 */
export function useReadingPosition(
  doc: ArticleDocument,
  article: HTMLElement | null,
  skipRestore: boolean,
): ReadingPosition | null {
  const key = `qari.position.${doc.meta.id}`;
  const [restored, setRestored] = useState<ReadingPosition | null>(null);

  // Once, on arrival (or when a link gives way): later scrolling is the reader's own.
  const done = useRef(false);
  const restore = useEffectEvent((late: boolean) => {
    if (skipRestore || done.current) return;
    done.current = true;
    if (late && window.scrollY > 0) return;
    const saved = restorePosition(loadSetting(key), doc.blocks);
    if (saved && isPastStart(saved, doc.blocks)) {
      scrollToPosition(saved);
      setRestored(saved);
    }
  });
  // An address that named something had the first say: the page may have moved since.
  const wasSkipped = useRef(false);
  useEffect(() => {
    if (skipRestore) wasSkipped.current = true;
    if (!article || skipRestore) return;
    const late = wasSkipped.current;
    // After the first layout of the article, so block boxes have their real heights.
    const frame = requestAnimationFrame(() => restore(late));
    return () => cancelAnimationFrame(frame);
  }, [article, skipRestore]);

  // Measured once a frame as the reader scrolls (a few block boxes: cheap), written to storage
  // once they stop. Leaving the document (the library, another document) writes what was last
  // measured: by then the page may already show the next document, so nothing is measured then.
  useEffect(() => {
    if (!article) return;
    let frame = 0;
    let timer = 0;
    let last: ReadingPosition | null = null;
    const measure = () => {
      frame = 0;
      const boxOf = (block: Block) =>
        document.getElementById(block.id)?.getBoundingClientRect() ?? null;
      last = positionAt(doc.blocks, boxOf, viewTop()) ?? last;
    };
    const write = () => {
      timer = 0;
      if (last) saveSetting(key, last);
    };
    const onScroll = () => {
      frame ||= requestAnimationFrame(measure);
      clearTimeout(timer);
      timer = window.setTimeout(write, SAVE_DELAY_MS);
    };
    const onPageHide = () => {
      measure();
      write();
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', onPageHide);
    return () => {
      cancelAnimationFrame(frame);
      if (timer) {
        clearTimeout(timer);
        write();
      }
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [article, doc.blocks, key]);

  return restored;
}
