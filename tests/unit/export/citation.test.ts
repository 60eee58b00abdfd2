import { describe, expect, it } from 'vitest';
import { formatCitation, formatPublished } from '../../../src/export/citation';
import { dataset, doc } from './export-dataset';

const annotation = dataset[1]!;
const url = 'https://qari.example/read#quote=abc';

describe('formatCitation', () => {
  it('writes Arabic with «» quotes, the Arabic comma and an Arabic date', () => {
    const text = formatCitation(annotation, doc, { uiLanguage: 'ar', url });
    const [quote, cite] = text.split('\n');
    expect(quote).toBe('«تكثيف النشاط العسكري لحلف الناتو»');
    expect(cite).toBe(`— ${doc.meta.title}، تاس، ${formatPublished('2022-02-09', 'ar')}، ${url}`);
    expect(formatPublished('2022-02-09', 'ar')).toMatch(/فبراير/);
    expect(formatPublished('2022-02-09', 'ar')).toMatch(/(2022|٢٠٢٢)/);
  });

  it('writes English with curly quotes, the English headline and date', () => {
    const text = formatCitation(annotation.target, doc, { uiLanguage: 'en', url });
    expect(text).toBe(
      `“تكثيف النشاط العسكري لحلف الناتو”\n— ${doc.meta.translations.en?.title}, TASS, February 9, 2022, ${url}`,
    );
  });

  it('leaves the link out when there is none', () => {
    expect(formatCitation(annotation, doc, { uiLanguage: 'en' })).toMatch(/, February 9, 2022$/);
  });

  it('never shifts the calendar date with the time zone, and passes odd dates through', () => {
    expect(formatPublished('2022-01-01', 'en')).toBe('January 1, 2022');
    expect(formatPublished('2022', 'en')).toBe('2022');
    expect(formatPublished('2022-13-45', 'en')).toBe('2022-13-45');
  });
});
