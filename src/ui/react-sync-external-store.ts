/**
 * What `use-sync-external-store/shim` gives on React 18 and later: React's own
 * useSyncExternalStore (the shim's code only matters on older React). wouter and react-i18next
 * import the shim; vite.config.ts points them here so the first screen does not carry it.
 */
export { useSyncExternalStore } from 'react';
