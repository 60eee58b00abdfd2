import type { LocationTarget } from '../../../src/app/location-target';

/** One address fragment and what it points at in the seed article. */
export interface LocationTargetCase {
  name: string;
  hash: string;
  expected: LocationTarget;
}

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

export const locationTargetCases: LocationTargetCase[] = [
  // Blocks
  { name: 'a block id', hash: '#b7', expected: { kind: 'block', blockId: 'b7' } },
  { name: 'the first block', hash: '#b1', expected: { kind: 'block', blockId: 'b1' } },
  { name: 'a block that does not exist', hash: '#b999', expected: null },
  { name: 'a block id in the wrong case', hash: '#B7', expected: null },

  // Quote links: recognised here, parsed (and refused if malformed) by the quote-link module.
  {
    name: 'a quote link',
    hash: '#quote=eyJ2IjoxLCJlIjoiYSJ9',
    expected: { kind: 'quote', hash: '#quote=eyJ2IjoxLCJlIjoiYSJ9' },
  },
  {
    name: 'a quote link after another parameter',
    hash: '#x=1&quote=abc',
    expected: { kind: 'quote', hash: '#x=1&quote=abc' },
  },
  {
    name: 'a quote link wins over a highlight in the same fragment',
    hash: `#highlight=${ID}&quote=abc`,
    expected: { kind: 'quote', hash: `#highlight=${ID}&quote=abc` },
  },

  // Highlights: good ids
  { name: 'a highlight id', hash: `#highlight=${ID}`, expected: { kind: 'highlight', id: ID } },
  {
    name: 'a highlight id in upper case, kept as written',
    hash: `#highlight=${ID.toUpperCase()}`,
    expected: { kind: 'highlight', id: ID.toUpperCase() },
  },
  {
    name: 'a highlight id among other parameters',
    hash: `#lang=en&highlight=${ID}&x`,
    expected: { kind: 'highlight', id: ID },
  },
  {
    name: 'a highlight id without the #',
    hash: `highlight=${ID}`,
    expected: { kind: 'highlight', id: ID },
  },
  {
    name: 'a UUID v5 (imported notes get one)',
    hash: '#highlight=2ed6657d-e927-568b-95e1-2665a8aea6a2',
    expected: { kind: 'highlight', id: '2ed6657d-e927-568b-95e1-2665a8aea6a2' },
  },

  // Highlights: bad ids
  { name: 'an empty highlight id', hash: '#highlight=', expected: null },
  { name: 'a highlight id cut short', hash: `#highlight=${ID.slice(0, 30)}`, expected: null },
  { name: 'a highlight id too long', hash: `#highlight=${ID}0`, expected: null },
  {
    name: 'a highlight id without dashes',
    hash: `#highlight=${ID.replace(/-/g, '')}`,
    expected: null,
  },
  {
    name: 'a highlight id with a non-hex letter',
    hash: `#highlight=${ID.replace('f', 'g')}`,
    expected: null,
  },
  { name: 'a urn:uuid: highlight id', hash: `#highlight=urn:uuid:${ID}`, expected: null },
  {
    name: 'a percent-encoded highlight id',
    hash: `#highlight=${encodeURIComponent(` ${ID}`)}`,
    expected: null,
  },
  { name: 'a highlight id with a space after it', hash: `#highlight=${ID} `, expected: null },
  { name: 'a highlight id on its own line', hash: `#highlight=${ID}\nb7`, expected: null },
  { name: 'two = signs', hash: `#highlight==${ID}`, expected: null },
  { name: 'a parameter that only ends in highlight', hash: `#xhighlight=${ID}`, expected: null },
  { name: 'the parameter name in upper case', hash: `#HIGHLIGHT=${ID}`, expected: null },

  // Garbage and hostile fragments
  { name: 'empty', hash: '', expected: null },
  { name: 'just #', hash: '#', expected: null },
  { name: 'markup', hash: '#<img src=x onerror=alert(1)>', expected: null },
  {
    name: 'a selector injection in a highlight id',
    hash: `#highlight=${ID}"],script,mark[x="`,
    expected: null,
  },
  {
    name: 'markup in a highlight id',
    hash: '#highlight=<script>alert(1)</script>',
    expected: null,
  },
  { name: 'javascript: in a highlight id', hash: '#highlight=javascript:alert(1)', expected: null },
  { name: 'a prototype key', hash: '#__proto__', expected: null },
  { name: 'a constructor key', hash: '#constructor', expected: null },
  { name: 'percent garbage', hash: '#%%%', expected: null },
  { name: 'Arabic text', hash: '#الاستجابة', expected: null },
  { name: 'a lone surrogate', hash: '#\uD800', expected: null },
  { name: 'only separators', hash: '#&&&', expected: null },
  { name: 'oversized', hash: `#highlight=${ID}&${'A'.repeat(5000)}`, expected: null },
  { name: 'an oversized quote link', hash: `#quote=${'A'.repeat(5000)}`, expected: null },
];
