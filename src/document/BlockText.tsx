import { Fragment, type ReactNode } from 'react';
import type { Block } from './article-document';
import { segmentText, type Decoration, type Segment } from './segment-text';
import { splitHarakat } from './split-harakat';
import type { BlockDecorations, HighlightDecoration, HitDecoration } from './text-decorations';
import { passageElementId } from './text-decorations';

/** Ids of the hidden texts that describe a highlight to screen readers (rendered by ArticleView). */
export const HIGHLIGHT_DESCRIPTION_ID = 'highlight-description';
export const HIGHLIGHT_WITH_NOTE_DESCRIPTION_ID = 'highlight-with-note-description';

type Range = { start: number; end: number };

/**
 * A block's canonical text with its timeline passages, dates, highlights and search hits,
 * nested in that order (outermost first). Every text node sits alone in an element carrying
 * `data-offset` (its first character's offset in the canonical text): the contract
 * `anchoring/dom-range.ts` relies on. Harakat get their own spans so the "show harakat"
 * setting can hide them with CSS without touching offsets.
 */
export function BlockText({
  block,
  decorations,
  language,
}: {
  block: Block;
  decorations: BlockDecorations;
  /** The UI language, for the accessible names of timeline markers. */
  language: string;
}) {
  const passages = layer(decorations.passages);
  return segmentText(block, passages).map((piece) => {
    let node = renderDates(block, piece, decorations);
    for (const { data: p } of piece.covering) {
      const first = piece.start === p.start;
      node = (
        <span
          id={first ? passageElementId(p.key) : undefined}
          className={`event-passage${p.selected ? ' event-passage--selected' : ''}`}
          data-event-passage={p.key}
        >
          {first && (
            // Out of the text flow (absolutely placed in the margin, on the passage's first line);
            // it carries no data-offset, so selections and offsets never see it.
            <button
              type="button"
              className={`event-marker${p.selected ? ' event-marker--selected' : ''}`}
              data-event-marker={p.key}
              aria-label={p.markerLabel}
              title={p.markerLabel}
              lang={language}
            />
          )}
          {node}
        </span>
      );
    }
    return <Fragment key={piece.start}>{node}</Fragment>;
  });
}

function layer<T extends Range & { key: string }>(items: readonly T[]): Decoration<T>[] {
  return items.map((d) => ({ start: d.start, end: d.end, key: d.key, data: d }));
}

function renderDates(block: Block, piece: Range, decorations: BlockDecorations): ReactNode {
  return segmentText(piece, layer(decorations.dates)).map((part) => {
    const inner = renderMarks(block, part, decorations);
    const date = part.covering[0]?.data;
    return date ? (
      <time key={part.start} dateTime={date.dateTime} className="article__date">
        {inner}
      </time>
    ) : (
      <Fragment key={part.start}>{inner}</Fragment>
    );
  });
}

type Mark = { kind: 'highlight'; h: HighlightDecoration } | { kind: 'hit'; h: HitDecoration };

function renderMarks(block: Block, piece: Range, decorations: BlockDecorations): ReactNode {
  // Oldest first, once per block: each segment's covering keeps this order, so the latest
  // highlight (drawn on top) is its last without a sort per segment.
  const highlights = [...decorations.highlights].sort(byCreated);
  const marks: Decoration<Mark>[] = [
    ...highlights.map((h) => ({ ...h, data: { kind: 'highlight' as const, h } })),
    ...decorations.hits.map((h) => ({ ...h, data: { kind: 'hit' as const, h } })),
  ];
  return segmentText(piece, marks).map((segment) => (
    <Fragment key={segment.start}>{renderSegment(block, segment)}</Fragment>
  ));
}

function byCreated(a: HighlightDecoration, b: HighlightDecoration): number {
  return a.created < b.created ? -1 : a.created > b.created ? 1 : 0;
}

function renderSegment(block: Block, segment: Segment<Mark>): ReactNode {
  const text = block.text.slice(segment.start - block.start, segment.end - block.start);
  const runs = splitHarakat(text, segment.start);
  // A single run needs no span of its own: the innermost mark carries its data-offset (fewer
  // elements, which is most of the cost of drawing a thousand highlights).
  const plain = runs.length === 1 && !runs[0]?.harakat;
  const content: ReactNode = plain
    ? text
    : runs.map((run) => (
        <span
          key={run.start}
          data-offset={run.start}
          className={run.harakat ? 'harakah' : undefined}
        >
          {run.text}
        </span>
      ));
  const offset = plain ? segment.start : undefined;

  const highlights: HighlightDecoration[] = [];
  let hit: HitDecoration | undefined;
  for (const { data } of segment.covering) {
    if (data.kind === 'hit') hit = data.h;
    else highlights.push(data.h);
  }
  const top = highlights.at(-1);

  let node: ReactNode = content;
  if (hit) {
    node = (
      <mark
        className={`search-hit${hit.current ? ' search-hit--current' : ''}`}
        data-hit={hit.key}
        data-offset={offset}
      >
        {node}
      </mark>
    );
  }
  if (!top) return hit || !plain ? node : <span data-offset={offset}>{node}</span>;
  // The segment where a highlight begins is its one tab stop.
  const starting = highlights.filter((h) => h.start === segment.start);
  return (
    <mark
      className="highlight"
      data-color={top.color}
      data-depth={Math.min(highlights.length, 3)}
      data-annotation-ids={highlights.map((h) => h.key).join(' ')}
      data-starts={starting.map((h) => h.key).join(' ') || undefined}
      data-offset={hit ? undefined : offset}
      tabIndex={starting.length > 0 ? 0 : undefined}
      aria-describedby={
        highlights.some((h) => h.hasNote)
          ? HIGHLIGHT_WITH_NOTE_DESCRIPTION_ID
          : HIGHLIGHT_DESCRIPTION_ID
      }
    >
      {node}
    </mark>
  );
}
