import { describe, expect, it } from 'vitest';
import { libraryBackupFilename } from '../../../src/backup/build-library-backup';
import { parseLibraryBackup } from '../../../src/backup/parse-library-backup';
import {
  BUNDLED_TEXTS,
  DOC_ID,
  editedFile,
  refusedFiles,
  sampleFile,
  sampleLibrary,
} from './library-backup-cases';

describe('buildLibraryBackup', () => {
  it('writes a versioned envelope with W3C annotations over each document source', () => {
    const file = JSON.parse(sampleFile()) as Record<string, unknown>;
    expect(file).toMatchObject({
      format: 'qari-library-backup',
      version: 2,
      exported: '2024-06-01T12:00:00.000Z',
    });
    expect(file.events).toHaveLength(2);
    expect(file.dismissed).toHaveLength(1);
    const annotations = file.annotations as { type: string; target: { source: string } }[];
    expect(annotations.every((a) => a.type === 'Annotation')).toBe(true);
    expect(annotations.at(-1)?.target.source).toBe('urn:x-qari:doc:tass-ar-2022-02-09-csto-zas');
    // The bundled document, annotated but never opened, gets an entry without its text.
    const documents = file.documents as { id: string; text: string | null }[];
    expect(documents.find((d) => d.id === DOC_ID)?.text).toBeNull();
    // A malformed stored position is left out.
    expect(Object.keys(file.positions as object)).toHaveLength(1);
  });

  it('names the file by the UTC date', () => {
    expect(libraryBackupFilename(new Date('2024-06-01T23:30:00.000Z'))).toBe(
      'qari-library-2024-06-01.json',
    );
  });
});

describe('parseLibraryBackup', () => {
  it('reads back every document and annotation, field for field', () => {
    const { contents } = sampleLibrary();
    const result = parseLibraryBackup(sampleFile(contents), BUNDLED_TEXTS);
    if (!result.ok) throw new Error(result.code);
    expect(result.backup.annotations).toEqual(contents.annotations);
    expect(result.backup.documents.filter((d) => d.meta).map((d) => d.text)).toEqual(
      contents.documents.map((d) => d.text),
    );
    expect(result.backup.events).toEqual(contents.events);
    expect(result.backup.dismissed).toEqual(contents.dismissed);
    expect(result.backup.unanchored).toEqual([]);
  });

  it('still reads a version 1 file (no events, no dismissals)', () => {
    const v1 = editedFile(({ dismissed: _, ...f }) => ({ ...f, version: 1, events: [] }));
    const result = parseLibraryBackup(v1, BUNDLED_TEXTS);
    if (!result.ok) throw new Error(result.code);
    expect(result.backup.annotations).toHaveLength(4);
    expect(result.backup.documents).toHaveLength(3);
    expect(result.backup.events).toEqual([]);
    expect(result.backup.dismissed).toEqual([]);
  });

  it.each(refusedFiles)('refuses %s', (_name, file, code) => {
    expect(parseLibraryBackup(file(), BUNDLED_TEXTS)).toMatchObject({ ok: false, code });
  });

  it('keeps annotations whose quotes are not in their text, listed as unanchored', () => {
    const file = editedFile((f) => {
      const a = (f.annotations as Record<string, { selector: Record<string, unknown>[] }>[])[0];
      const quote = a?.target?.selector[0];
      if (quote) quote.exact = 'جملة لا توجد في النص أبداً';
      return f;
    });
    const result = parseLibraryBackup(file, BUNDLED_TEXTS);
    if (!result.ok) throw new Error(result.code);
    expect(result.backup.annotations).toHaveLength(4);
    expect(result.backup.unanchored).toEqual([
      expect.objectContaining({ kind: 'annotation', quote: 'جملة لا توجد في النص أبداً' }),
    ]);
  });

  it('keeps timeline events whose quotes are not in their text, listed as unanchored', () => {
    const file = editedFile((f) => {
      const e = (f.events as { target: { quote: Record<string, unknown> } }[])[1];
      if (e) e.target = { quote: { ...e.target.quote, exact: 'حدث لا أثر له في النص' } };
      return f;
    });
    const result = parseLibraryBackup(file, BUNDLED_TEXTS);
    if (!result.ok) throw new Error(result.code);
    expect(result.backup.events).toHaveLength(2);
    expect(result.backup.unanchored).toEqual([
      expect.objectContaining({ kind: 'event', quote: 'حدث لا أثر له في النص' }),
    ]);
  });
});
