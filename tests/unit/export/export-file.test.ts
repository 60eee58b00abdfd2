import { describe, expect, it } from 'vitest';
import { buildExportFile } from '../../../src/export/export-file';
import { buildCsv } from '../../../src/export/export-csv';
import type { ExportFormat } from '../../../src/export/export-filename';
import { buildHtml } from '../../../src/export/export-html';
import { buildJsonLd } from '../../../src/export/export-jsonld';
import { buildMarkdown } from '../../../src/export/export-markdown';
import { previewImport } from '../../../src/import/import-preview';
import { recordsToWrite } from '../../../src/import/import-writes';
import { dataset, doc, goldenOptions } from './export-dataset';

const direct: Record<ExportFormat, () => string> = {
  jsonld: () => buildJsonLd(dataset, doc, goldenOptions),
  markdown: () => buildMarkdown(dataset, doc, goldenOptions),
  csv: () => buildCsv(dataset, doc, goldenOptions),
  html: () => buildHtml(dataset, doc, goldenOptions),
};

const cases: [ExportFormat, string, string][] = [
  ['jsonld', '.json', 'application/ld+json;charset=utf-8'],
  ['markdown', '.md', 'text/markdown;charset=utf-8'],
  ['csv', '.csv', 'text/csv;charset=utf-8'],
  ['html', '.html', 'text/html;charset=utf-8'],
];

describe('buildExportFile', () => {
  it.each(cases)(
    '%s: the lazily loaded builder, named *%s, typed %s',
    async (format, ext, mime) => {
      const file = await buildExportFile(format, dataset, doc, goldenOptions);
      expect(file.content).toBe(direct[format]());
      expect(file.fileName.endsWith(ext)).toBe(true);
      expect(file.mimeType).toBe(mime);
    },
  );

  it('leaves trashed annotations out of every format', async () => {
    const trashed = dataset.filter((r) => r.deleted !== null);
    expect(trashed.length).toBeGreaterThan(0);
    for (const [format] of cases) {
      const file = await buildExportFile(format, dataset, doc, goldenOptions);
      for (const r of trashed) expect(file.content).not.toContain(r.note);
    }
  });
});

describe('previewImport', () => {
  it('plans our own export against an empty store as all new, each as it was', async () => {
    const file = await buildExportFile('jsonld', dataset, doc, goldenOptions);
    const preview = previewImport({ text: file.content, name: file.fileName }, doc, [], {
      now: goldenOptions.now,
    });
    if (!preview.ok) throw new Error(preview.error);
    const live = dataset.filter((r) => r.deleted === null);
    expect(preview.plan.counts).toEqual({
      new: live.length,
      updated: 0,
      unchanged: 0,
      rejected: 0,
    });
    const written = new Map(recordsToWrite(preview.plan).map((r) => [r.id, r]));
    for (const record of live) {
      const back = written.get(record.id);
      // A quote-only record comes back found in the text: same quote, plus its position.
      const expected = record.target.position
        ? record
        : { ...record, target: { ...record.target, position: back?.target?.position } };
      expect(back).toEqual(expected);
    }
  });

  it('passes file-level errors through', () => {
    expect(previewImport({ text: '{', name: 'x.json' }, doc, [], { now: new Date() })).toEqual({
      ok: false,
      error: 'not-json',
    });
  });
});
