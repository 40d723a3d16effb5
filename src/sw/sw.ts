/**
 * The service worker (built by vite-plugin-pwa, which injects the precache list):
 * - the app's files are precached, so the app opens with no network;
 * - every navigation outside the server's own routes is answered with the app's page;
 * - a new version waits until the user accepts it (the page posts SKIP_WAITING);
 * - where the browser can, a returning user's app opens without waiting for this worker to
 *   start (shell-routes.ts).
 */
import {
  addPlugins,
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  matchPrecache,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import {
  activateShell,
  installShell,
  withoutVary,
  type InstallWithRoutes,
  type ManifestEntry,
} from './shell-routes';

declare const self: ServiceWorkerGlobalScope & {
  readonly __WB_MANIFEST: readonly (ManifestEntry | string)[];
};

const manifest = self.__WB_MANIFEST;

self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Stored without `Vary`, so the browser's own routes (shell-routes.ts) find them too.
addPlugins([
  { cacheWillUpdate: async ({ response }) => (response.ok ? withoutVary(response) : null) },
]);
precacheAndRoute([...manifest]);
cleanupOutdatedCaches();
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), {
    // The sync API and the server's own routes (calendar feeds too) are never answered from
    // the cache.
    denylist: [/^\/sync\//, /^\/api\//, /^\/feeds\//],
  }),
);

self.addEventListener('install', (event) => {
  // The static routing API is not in TypeScript's lib yet.
  const install = event as ExtendableEvent & InstallWithRoutes;
  event.waitUntil(installShell(install, manifest, self.registration.scope));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    matchPrecache('index.html').then((page) =>
      activateShell(manifest, self.registration.scope, page),
    ),
  );
});
