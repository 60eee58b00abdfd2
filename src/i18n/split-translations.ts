import type { Translations } from './create-i18n';

/**
 * The translations only code that loads later uses: whole sections, or a section but for the
 * keys named (those the first screen shows). A first visit fetches the rest of the locale file
 * only; `later-translations.ts` adds these with the chunks that use them.
 */
export const LATER_TRANSLATIONS: Readonly<Record<string, 'all' | { except: readonly string[] }>> = {
  backup: 'all',
  editor: 'all',
  // The article's loading and error states (ArticleStatus); a write's failure notice offers these two.
  errors: { except: ['retry', 'retried'] },
  // The storage banner, loaded only when the notes are not safe (app/storage-problem.ts).
  storage: 'all',
  // The reading settings button and its panel's frame; the form loads when the panel opens.
  settings: { except: ['open', 'title', 'close'] },
  // The stand-in notes tools (LazyNotesTools) show these three.
  exporting: { except: ['menuButton', 'importLabel', 'importHelp'] },
  // The notes panel's first screen: its count, the empty state, the trash's heading, and the
  // line a timeline event's filter shows; the rest comes with the notes (NotesContent).
  notes: {
    except: [
      'count_zero',
      'count_one',
      'count_two',
      'count_few',
      'count_many',
      'count_other',
      'empty',
      'trash',
      'trashEmpty',
      'eventFilter',
      'clearFilter',
      // The empty panel's "Add a note on this article".
      'addDocumentNote',
    ],
  },
  // Copying a quote's link (use-copy-quote) reports with these two.
  toolbar: { except: ['copied', 'copyFailed'] },
  // A document's own timeline (DocumentTimeline) loads with its code.
  ownTimeline: 'all',
};

/** Splits a locale file's translations into what the first screen needs and what later code does. */
export function splitTranslations(all: Translations): { first: Translations; later: Translations } {
  const first: Translations = {};
  const later: Translations = {};
  for (const [section, value] of Object.entries(all)) {
    const rule = LATER_TRANSLATIONS[section];
    if (!rule || typeof value !== 'object' || value === null) first[section] = value;
    else if (rule === 'all') later[section] = value;
    else {
      const entries = Object.entries(value as Translations);
      first[section] = Object.fromEntries(entries.filter(([key]) => rule.except.includes(key)));
      later[section] = Object.fromEntries(entries.filter(([key]) => !rule.except.includes(key)));
    }
  }
  return { first, later };
}
