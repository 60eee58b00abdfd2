import { Fragment } from 'react';
import { findAll } from '../search/find-in-text';

/**
 * Text with every match of `query` marked (Arabic-aware: harakat, alef forms, ة/ه, ى/ي and
 * digits do not matter). Plain text in, React text out: never markup.
 */
export function MatchText({ text, query }: { text: string; query?: string }) {
  const hits = query?.trim() ? findAll(query, text) : [];
  if (hits.length === 0) return text;
  const parts = [];
  let at = 0;
  for (const hit of hits) {
    parts.push(<Fragment key={`t${at}`}>{text.slice(at, hit.start)}</Fragment>);
    parts.push(
      <mark key={`m${hit.start}`} className="search-hit">
        {text.slice(hit.start, hit.end)}
      </mark>,
    );
    at = hit.end;
  }
  parts.push(<Fragment key={`t${at}`}>{text.slice(at)}</Fragment>);
  return parts;
}
