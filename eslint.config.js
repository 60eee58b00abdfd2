import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Folders that must stay framework-free: pure TypeScript, no React, no Dexie, no DOM adapters elsewhere.
 * src/library/ holds the library's React views (.tsx) beside its pure modules and extract/.
 */
const pureFolders = [
  'src/document/*.ts',
  'src/anchoring/*.ts',
  'src/timeline/*.ts',
  'src/export/*.ts',
  'src/import/*.ts',
  'src/backup/*.ts',
  'src/search/*.ts',
  'src/task/*.ts',
  'src/library/*.ts',
  'src/library/extract/*.ts',
  'src/import/omnivore/*.ts',
];

/**
 * The house's rooms (docs/architecture.md draws these rules; keep the two in step). Features are the reader's jobs; `app/` composes
 * them and may import anything; the base folders import no feature.
 */
const FEATURES = [
  'annotations',
  'backup',
  'document',
  'export',
  'highlights',
  'import',
  'library',
  'notes',
  'search',
  'settings',
  'timeline',
];
const BASE = ['anchoring', 'storage', 'ui', 'task', 'i18n'];

/**
 * A feature's public modules: the only files of it another feature may import. Everything else
 * in its folder is its own business. A feature without an entry exposes nothing.
 */
const PUBLIC_MODULES = {
  annotations: [
    'ActiveAnnotationProvider',
    'AnnotationStoreProvider',
    'annotation-queries',
    'sort-annotations',
    'use-annotation-actions',
    'use-copy-quote',
  ],
  backup: ['backup-reminder', 'use-backup-meta'],
  document: [
    'article-document',
    'article-source',
    'build-document',
    'document-address',
    'document-meta',
    'document-source',
    'reading-position',
    'replace-text-plan',
    'text-decorations',
    'use-document',
  ],
  export: [
    'citation',
    'export-jsonld',
    'jsonld-vocabulary',
    'quote-link',
    'record-contract',
    'use-export',
  ],
  // The window arithmetic of a long list, pure: the library's list draws its window with it too.
  notes: ['virtual-window'],
  search: ['find-in-text'],
  timeline: ['extract-dates'],
};

/** Import patterns that keep `folder`'s files out of other features' internals and out of app/. */
function boundaryPatterns(folder) {
  const isBase = BASE.includes(folder);
  const patterns = [
    {
      group: ['**/app/*'],
      message: 'Only app/ and main.tsx import app/: app composes the features, never the reverse.',
    },
  ];
  for (const feature of FEATURES.filter((f) => f !== folder)) {
    // storage keeps the document model's types as its shared contract, nothing else.
    const open = isBase
      ? folder === 'storage' && feature === 'document'
        ? ['article-document']
        : []
      : (PUBLIC_MODULES[feature] ?? []);
    patterns.push({
      group: [`**/${feature}/*`, ...open.map((m) => `!**/${feature}/${m}`)],
      message: isBase
        ? `${folder}/ is a base folder: it imports no feature (imports point inward).`
        : `Features do not reach into each other's files: ${feature}/ exposes only ` +
          `${open.join(', ') || 'no module'} (see PUBLIC_MODULES in eslint.config.js).`,
    });
  }
  return patterns;
}

const noEnum = {
  selector: 'TSEnumDeclaration',
  message: 'Use a union of string literals, not enum.',
};

// Why strings never become markup or code in the app: notes, tags, imported files and link
// fragments are all untrusted, and the page's CSP has no 'unsafe-inline' or 'unsafe-eval'.
const NOT_HTML =
  'parses a string as HTML: text from a note, an import file or a link would become live ' +
  'markup (XSS). Render text with React, or set textContent.';
const NOT_CODE =
  'runs a string as code: an injection path, and refused by our CSP (no unsafe-eval). ' +
  'Write the code as a function.';

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', noEnum],
    },
  },
  jsxA11y.flatConfigs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    // Safety boundary: no HTML or code from strings anywhere in the app.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        noEnum,
        ...['dangerouslySetInnerHTML', 'srcDoc'].map((name) => ({
          selector: `JSXAttribute[name.name='${name}']`,
          message: `${name} ${NOT_HTML}`,
        })),
      ],
      'no-restricted-properties': [
        'error',
        ...[
          'innerHTML',
          'outerHTML',
          'insertAdjacentHTML',
          'createContextualFragment',
          'setHTMLUnsafe',
        ].map((property) => ({ property, message: `${property} ${NOT_HTML}` })),
        ...['write', 'writeln'].map((property) => ({
          object: 'document',
          property,
          message: `document.${property} ${NOT_HTML}`,
        })),
        { property: 'eval', message: `eval ${NOT_CODE}` },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'eval', message: `eval ${NOT_CODE}` },
        { name: 'Function', message: `The Function constructor ${NOT_CODE}` },
      ],
      // setTimeout('…') and setInterval('…') evaluate their string too.
      'no-implied-eval': 'error',
    },
  },
  {
    // Only storage talks to IndexedDB.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/storage/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'dexie', message: 'Only src/storage/ imports dexie.' }] },
      ],
    },
  },
  {
    // Pure logic never imports React, Dexie or react-query.
    files: pureFolders,
    ignores: [
      'src/anchoring/dom-range.ts',
      'src/export/download.ts',
      'src/**/*-query.ts',
      'src/**/use-*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react-*', 'dexie', '@tanstack/*', 'i18next'],
              message: 'Pure modules stay framework-free.',
            },
            {
              // The record types are the shared contract; the rest of storage is off limits.
              group: [
                '**/storage/**',
                '!**/storage/annotation-record',
                '!**/storage/timeline-event-record',
                '**/app/**',
                '**/ui/**',
              ],
              message: 'Imports point inward.',
            },
          ],
        },
      ],
    },
  },
  // The rooms' boundaries, one block per folder (a second block would replace the first's
  // patterns). typescript-eslint's copy of the rule, so the Dexie and pure rules above still run.
  ...[...FEATURES, ...BASE].map((folder) => ({
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: boundaryPatterns(folder) }],
    },
  })),
  {
    files: ['tests/component/**/*.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
  },
);
