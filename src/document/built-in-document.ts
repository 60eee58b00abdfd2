/**
 * Id of the article that ships with the app (`seeds/*.meta.json`): the first document of every
 * library and what a first visit opens. Annotations made before the library existed name it.
 */
export const BUILT_IN_DOCUMENT_ID = 'tass-ar-2022-02-09-csto-zas';
