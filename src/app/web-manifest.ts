/**
 * The web app manifest (vite.config.ts gives it to vite-plugin-pwa, which writes
 * manifest.webmanifest and links it from the page).
 *
 * Its icons are PNGs only (renderings of favicon.svg, tests/support/render-icons.ts): Chromium
 * fetches a manifest icon while the first screen loads, to tell whether the app can be
 * installed, and an SVG one it draws as a document of its own on the page's main thread (a
 * 144 px rendering of favicon.svg took 76-82 ms there at a 4x slowed CPU, traced).
 */
import type { ManifestOptions } from 'vite-plugin-pwa';

export const WEB_MANIFEST = {
  name: 'Vuosikello – hyvinvoinnin vuosikello',
  short_name: 'Vuosikello',
  lang: 'fi',
  theme_color: '#1d4e89',
  background_color: '#f3f5f8',
  display: 'standalone',
  icons: [
    { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  ],
} satisfies Partial<ManifestOptions>;
