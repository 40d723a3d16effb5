/**
 * The web app manifest is linked from the page once the first screen is done (vite.config.ts
 * leaves it out of index.html). Chromium fetches and decodes one of its icons as soon as the
 * manifest is linked, on the page's main thread, to tell whether the app can be installed: 26 ms
 * of a first screen at a 4x slowed CPU (traced), between the database's open and the first
 * render. Linked later, the browser checks then; installing works as before.
 */

/** The manifest's address, as vite-plugin-pwa writes it (manifest.webmanifest at the root). */
const MANIFEST_HREF = '/manifest.webmanifest';

/** Links the manifest from `document`'s head, once. */
export function linkManifest(document: Document): void {
  if (document.querySelector('link[rel="manifest"]') !== null) return;
  const link = document.createElement('link');
  link.rel = 'manifest';
  link.href = MANIFEST_HREF;
  document.head.append(link);
}
