// A locale file's part, made at build time by vite.config.ts from the whole file
// (`split-translations.ts`): `?first` is what the first screen needs, `?later` the rest.
declare module '*.json?first' {
  const translations: Record<string, unknown>;
  export default translations;
}
declare module '*.json?later' {
  const translations: Record<string, unknown>;
  export default translations;
}
