/** A query and what its hits in the real article must read (original text, in order). */
export interface FindCase {
  name: string;
  query: string;
  hits: string[];
}

export const findCases: FindCase[] = [
  { name: 'ه finds ة', query: 'الاستجابه', hits: ['الاستجابة', 'الاستجابة'] },
  { name: 'ه finds ة (عسكرة)', query: 'عسكره', hits: ['عسكرة'] },
  { name: 'bare alef finds أ', query: 'اكثر', hits: ['أكثر'] },
  { name: 'Arabic-Indic digits find ASCII digits', query: '٢٠٢٢', hits: ['2022', '2022'] },
  { name: 'Eastern Arabic-Indic digits too', query: '۲۰۱۸', hits: ['2018'] },
  { name: 'query without shadda finds the word with it', query: 'يشكل', hits: ['يشكّل', 'يشكل'] },
  { name: 'query with harakat finds the bare word', query: 'مَانْجِيسْتَاو', hits: ['مانجيستاو'] },
  { name: 'ي finds ى', query: 'تتماشي', hits: ['تتماشى'] },
  { name: 'ى finds ى too', query: 'منتدى', hits: ['منتدى'] },
  { name: 'hamza on the query finds the bare alef', query: 'الإزدياد', hits: ['الازدياد'] },
  { name: 'Latin case folded', query: 'creative COMMONS', hits: ['Creative Commons'] },
  { name: 'surrounding spaces ignored', query: '  كازاخستان قاسم ', hits: ['كازاخستان قاسم'] },
  { name: 'several words across a comma', query: 'زاس، فإن', hits: ['زاس، فإن', 'زاس، فإن'] },
  {
    name: 'a repeated phrase, each time (query without hamza)',
    query: 'منظمة معاهدة الامن الجماعي',
    hits: Array<string>(16).fill('منظمة معاهدة الأمن الجماعي'),
  },
  { name: 'no hit', query: 'واشنطن', hits: [] },
  { name: 'empty query', query: '', hits: [] },
  { name: 'whitespace-only query', query: ' \t\n', hits: [] },
  { name: 'harakat-only query', query: 'ًّ', hits: [] },
];
