/**
 * Stands in for the `use-sync-external-store/shim` package in the build (vite.config.ts): that
 * shim only re-implements `useSyncExternalStore` for React before 18, and React 19 has its own.
 * react-i18next imports it; aliasing it here keeps its dead fallback out of the first load.
 */
export { useSyncExternalStore } from 'react';
