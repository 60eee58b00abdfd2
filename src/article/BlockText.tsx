import type { Block } from './article-document';

/**
 * A block's canonical text. Every text node sits alone in an element carrying `data-offset`,
 * its first character's offset in the canonical text: the contract `anchoring/dom-range.ts`
 * relies on to map browser selections to offsets.
 */
export function BlockText({ block }: { block: Block }) {
  return <span data-offset={block.start}>{block.text}</span>;
}
