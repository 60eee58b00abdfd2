// Apart from document-address.ts so that the first screen's router takes the names alone.

/** The query parameter naming a document: `?doc=<id>`. */
export const DOC_PARAM = 'doc';
/** The query parameter (without a value) that opens the library. */
export const LIBRARY_PARAM = 'library';
