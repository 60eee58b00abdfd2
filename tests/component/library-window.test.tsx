import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LIBRARY_WINDOW_FROM } from '../../src/library/LibraryList';
import { libraryItem } from '../library-item';
import { renderLibrary } from './library-harness';

const COUNT = 1000;
/** The height each drawn article takes here (jsdom lays nothing out). */
const ROW = 100;

/** `COUNT` articles, "Article 1" opened most recently, so the list shows them in number order. */
const many = Array.from({ length: COUNT }, (_, i) =>
  libraryItem({
    id: `a${i + 1}`,
    title: `Article ${i + 1}`,
    language: 'en',
    direction: 'ltr',
    addedAt: 1_000,
    lastOpenedAt: 1_000_000 - i,
  }),
);

const articles = () => screen.getByRole('list', { name: 'Articles' });
/** The list's own items, each with its title link (each article's facts are a list of their own). */
const rows = () =>
  within(articles())
    .getAllByRole('listitem')
    .filter((li) => within(li).queryByRole('link') !== null);

/** Lays the list out as if the reader had scrolled `by` pixels into it, and tells it so. */
function scrollListBy(by: number) {
  vi.spyOn(articles(), 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ x: 0, y: -by, width: 800, height: COUNT * ROW }),
  );
  fireEvent.scroll(document);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe(`a library of more than ${LIBRARY_WINDOW_FROM} articles`, () => {
  it('draws only the articles on screen, each a link with its Delete button and its place', () => {
    renderLibrary('en', { items: many });
    const drawn = rows();
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.length).toBeLessThan(60);
    expect(drawn[0]).toHaveAttribute('aria-posinset', '1');
    for (const row of drawn) expect(row).toHaveAttribute('aria-setsize', `${COUNT}`);
    const first = drawn[0]!;
    expect(within(first).getByRole('link', { name: 'Article 1' })).toBeInTheDocument();
    expect(within(first).getByRole('button', { name: 'Delete article' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(`${COUNT} articles`);
  });

  it('draws the last article once the page is scrolled to the end of the list', async () => {
    renderLibrary('en', { items: many });
    expect(screen.queryByRole('link', { name: `Article ${COUNT}` })).not.toBeInTheDocument();
    scrollListBy(COUNT * ROW);
    expect(await screen.findByRole('link', { name: `Article ${COUNT}` })).toBeInTheDocument();
    expect(rows().at(-1)).toHaveAttribute('aria-posinset', `${COUNT}`);
    expect(rows().length).toBeLessThan(60);
  });

  it('finds an article out of view by its title', async () => {
    const user = userEvent.setup();
    renderLibrary('en', { items: many });
    await user.type(screen.getByRole('searchbox', { name: 'Filter articles' }), 'Article 999');
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(screen.getByRole('link', { name: 'Article 999' })).toBeInTheDocument();
    // Few enough to draw whole: no place is announced.
    expect(rows()[0]).not.toHaveAttribute('aria-setsize');
  });

  it('keeps the articles after the focused one drawn, so Tab reaches the next', async () => {
    const user = userEvent.setup();
    renderLibrary('en', { items: many });
    const last = rows().at(-1)!;
    const index = Number(last.getAttribute('aria-posinset'));
    act(() => within(last).getByRole('link').focus());
    await user.tab();
    expect(within(last).getByRole('button', { name: 'Delete article' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: `Article ${index + 1}` })).toHaveFocus();
  });

  it('keeps the article holding focus, and focus in it, when the page is scrolled far away', async () => {
    renderLibrary('en', { items: many });
    const link = screen.getByRole('link', { name: 'Article 1' });
    act(() => link.focus());
    scrollListBy(COUNT * ROW);
    expect(await screen.findByRole('link', { name: `Article ${COUNT}` })).toBeInTheDocument();
    expect(link).toHaveFocus();
    expect(rows()[0]).toHaveAttribute('aria-posinset', '1');
    expect(rows().length).toBeLessThan(60);
  });

  it('deletes the article whose button is pressed', async () => {
    const user = userEvent.setup();
    const { onDelete } = renderLibrary('en', { items: many });
    await user.click(within(rows()[2]!).getByRole('button', { name: 'Delete article' }));
    expect(onDelete).toHaveBeenCalledWith('a3');
  });
});
