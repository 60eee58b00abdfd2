import { describe, expect, it } from 'vitest';
import type { DetectedLanguage } from '../../../../src/library/extract/detect-language';
import { detectLanguage } from '../../../../src/library/extract/detect-language';
import { seedText } from '../../../seed-article';

type Language = DetectedLanguage['language'];
type Script = DetectedLanguage['script'];
const rtl = (language: Language, script: Script): DetectedLanguage => ({
  language,
  direction: 'rtl',
  script,
});
const ltr = (language: Language, script: Script): DetectedLanguage => ({
  language,
  direction: 'ltr',
  script,
});

const cases: [name: string, text: string, expected: DetectedLanguage][] = [
  ['the real article', seedText, rtl('ar', 'arabic')],
  [
    'Persian news (پ چ گ ی ک)',
    'سخنگوی وزارت امور خارجه ایران گفت که گفتگوها با کشورهای همسایه ادامه پیدا می‌کند.',
    rtl('fa', 'arabic'),
  ],
  [
    'Urdu news (ے ں ہ ٹ)',
    'وزیر اعظم نے کہا کہ حکومت عوام کی فلاح کے لیے کام کر رہی ہے اور ملک میں ترقی ہوگی۔',
    rtl('ur', 'arabic'),
  ],
  [
    'Arabic with a Persian name in it stays Arabic',
    'التقى وزير الخارجية نظيره الإيراني في طهران، وقال إن العلاقات بين البلدين جيدة جداً. پژمان',
    rtl('ar', 'arabic'),
  ],
  ['Hebrew', 'ראש הממשלה אמר היום כי הממשלה תפעל למען כל האזרחים.', rtl('he', 'hebrew')],
  [
    'English prose',
    'The secretary general said on Wednesday that the growing activity of the alliance is a threat to the security of the whole organisation.',
    ltr('en', 'latin'),
  ],
  [
    'French is Latin but not English',
    "Le secrétaire général a déclaré mercredi que l'activité croissante de l'alliance menace la sécurité de toute l'organisation.",
    ltr('und', 'latin'),
  ],
  [
    'English with an Arabic quote is English',
    'He said the words "الأمن الجماعي" twice during the press conference in Moscow, and the agency quoted him at length.',
    ltr('en', 'latin'),
  ],
  ['Russian (Cyrillic)', 'Генеральный секретарь ОДКБ заявил в среду.', ltr('und', 'other')],
  ['digits and punctuation only', '2022-02-09 — 225 !', ltr('und', 'none')],
  ['empty', '', ltr('und', 'none')],
];

describe('detectLanguage', () => {
  it.each(cases)('%s', (_name, text, expected) => {
    expect(detectLanguage(text)).toEqual(expected);
  });

  it('reads only the start of a long text', () => {
    const text = `${seedText.repeat(20)} ${'English words and the rest of it. '.repeat(10_000)}`;
    expect(detectLanguage(text).language).toBe('ar');
  });
});
