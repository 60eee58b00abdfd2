import { libraryItem } from '../../library-item';
import type { LibraryItem } from '../../../src/library/library-item';
import { seedArticle } from '../../seed-article';

/** The built-in article's Arabic headline, from seeds/. */
export const SEED_HEADLINE_AR = seedArticle().meta.title;

/** Five documents: the seed, two Arabic articles, two English ones. */
export const libraryItems: LibraryItem[] = [
  libraryItem({
    id: 'seed',
    title: SEED_HEADLINE_AR,
    addedAt: 1_000,
    lastOpenedAt: 5_000,
    builtIn: true,
  }),
  libraryItem({
    id: 'gaza',
    title: 'تقرير: مستشفى غــزة تحت الحصار منذ 2024',
    addedAt: 2_000,
    lastOpenedAt: 9_000,
  }),
  libraryItem({
    id: 'eng',
    title: 'Climate talks stall in Bonn',
    language: 'en',
    direction: 'ltr',
    addedAt: 3_000,
    lastOpenedAt: 4_000,
  }),
  libraryItem({
    id: 'café',
    title: 'Café culture in Beirut',
    language: 'en',
    direction: 'ltr',
    addedAt: 4_000,
  }),
  libraryItem({ id: 'never', title: 'بيان الخارجية في ١٥ مارس', addedAt: 5_000 }),
];
