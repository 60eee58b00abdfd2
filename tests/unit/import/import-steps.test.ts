import { describe, expect, it } from 'vitest';
import { importFileSteps, parseImportFile } from '../../../src/import/import-file';
import type { ImportStep } from '../../../src/import/import-steps';
import type { ImportFile, ImportResult } from '../../../src/import/import-types';
import { bigW3cFile } from '../../big-import-file';
import { doc } from '../export/export-dataset';
import { importFixture } from './import-cases';

const options = { now: new Date('2026-11-29T12:00:00.000Z') };

function collect(file: ImportFile): { steps: ImportStep[]; result: ImportResult } {
  const generator = importFileSteps(file, doc, options);
  const steps: ImportStep[] = [];
  for (;;) {
    const next = generator.next();
    if (next.done) return { steps, result: next.value };
    steps.push(next.value);
  }
}

describe('importFileSteps', () => {
  const cases: [string, ImportFile, number][] = [
    ['a W3C page', { text: bigW3cFile(doc, 30), name: 'big.json' }, 30],
    ['a Readwise CSV', { text: importFixture('readwise.csv'), name: 'readwise.csv' }, -1],
  ];

  it.each(cases)('%s: one reading step, then a count of every item', (_name, file, count) => {
    const { steps, result } = collect(file);
    expect(steps[0]).toEqual({ phase: 'reading', done: 0, total: null });
    const checks = steps.slice(1);
    const total = count >= 0 ? count : checks.length;
    expect(checks.length).toBe(total);
    expect(checks).toEqual(
      Array.from({ length: total }, (_, i) => ({ phase: 'checking', done: i + 1, total })),
    );
    expect(result).toEqual(parseImportFile(file, doc, options));
  });

  it('finds every item of a big file from another tool, by position or by quote', () => {
    const { result } = collect({ text: bigW3cFile(doc, 500), name: 'big.json' });
    expect(result.ok && result.candidates.length).toBe(500);
  });

  const refused: [string, ImportFile][] = [
    ['not JSON', { text: '{', name: 'x.json' }],
    ['another kind', { text: '# notes', name: 'x.md' }],
  ];
  it.each(refused)('%s: refused with no count', (_name, file) => {
    const { steps, result } = collect(file);
    expect(steps.every((s) => s.phase === 'reading')).toBe(true);
    expect(result.ok).toBe(false);
  });
});
